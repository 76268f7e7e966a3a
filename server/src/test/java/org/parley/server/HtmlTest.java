package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void valuesAreEscapedAndOnlyTemplatesAreMarkup() {
        assertThat(Html.t("<p title=\"{}\">{}</p>", "\"x' onmouseover='y", "<b>&</b>").toString())
                .isEqualTo("<p title=\"&quot;x&#39; onmouseover=&#39;y\">&lt;b&gt;&amp;&lt;/b&gt;</p>");
        assertThat(Html.t("<div>{}</div>", Html.t("<b>{}</b>", "<i>")).toString())
                .isEqualTo("<div><b>&lt;i&gt;</b></div>");
        assertThat(Html.escape("plain")).isEqualTo("plain");
    }

    @Test
    void holesAndValuesMustMatch() {
        assertThatThrownBy(() -> Html.t("{} {}", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Html.t("{}", "a", "b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyWebUrlsAreLinks() {
        assertThat(Html.linkable("https://example.org/a")).isTrue();
        assertThat(Html.linkable(" JavaScript:alert(1)")).isFalse();
        assertThat(Html.linkable("data:text/html,<script>")).isFalse();
    }
}
