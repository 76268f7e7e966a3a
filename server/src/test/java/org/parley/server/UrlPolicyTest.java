package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Which URLs ingest may fetch; literal addresses only, so no test depends on a name server. */
class UrlPolicyTest {

    @Test
    void publicAddressesPassAndInternalOnesAreRefusedUnlessAllowed() {
        UrlPolicy guarded = new UrlPolicy(false);
        assertThat(guarded.check(" http://203.0.113.7/feed.xml ")).isEqualTo("http://203.0.113.7/feed.xml");
        assertThat(guarded.check("https://[2001:db8::1]/a")).isEqualTo("https://[2001:db8::1]/a");
        for (String internal : new String[] {"http://127.0.0.2/", "http://[::ffff:127.0.0.1]/", "http://10.0.0.1/",
            "http://[fe80::1]/", "http://224.0.0.1/", "http://100.127.255.254/"}) {
            assertThatThrownBy(() -> guarded.check(internal)).as(internal).isInstanceOf(ApiException.class)
                    .hasMessageContaining("internal address");
        }
        // Just outside the shared range 100.64.0.0/10.
        assertThat(guarded.check("http://100.128.0.1/")).isEqualTo("http://100.128.0.1/");
        UrlPolicy open = new UrlPolicy(true);
        assertThat(open.check("http://127.0.0.1:8080/a")).isEqualTo("http://127.0.0.1:8080/a");
    }

    /** What ingest asks at every redirect: the same answer as the check, as a reason rather than an error. */
    @Test
    void redirectTargetsGetTheSameAnswer() {
        UrlPolicy guarded = new UrlPolicy(false);
        assertThat(guarded.refusal(URI.create("http://203.0.113.7/next"))).isEmpty();
        assertThat(guarded.refusal(URI.create("http://10.1.2.3/admin"))).get().asString()
                .contains("10.1.2.3").contains("internal address");
        assertThat(guarded.refusal(URI.create("http://[::1]:8080/"))).get().asString().contains("internal address");
        assertThat(new UrlPolicy(true).refusal(URI.create("http://10.1.2.3/admin"))).isEmpty();
    }

    @Test
    void onlyHttpUrlsWithAHost() {
        UrlPolicy open = new UrlPolicy(true);
        for (String bad : new String[] {"file:///etc/passwd", "/etc/passwd", "ftp://203.0.113.7/", "http:///x",
            "http://exa mple.org/"}) {
            assertThatThrownBy(() -> open.check(bad)).as(bad).isInstanceOf(ApiException.class);
        }
    }
}
