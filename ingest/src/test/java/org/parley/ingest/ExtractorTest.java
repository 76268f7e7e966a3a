package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ingest.Fixtures.P1;
import static org.parley.ingest.Fixtures.P2;
import static org.parley.ingest.Fixtures.P3;
import static org.parley.ingest.Fixtures.codes;
import static org.parley.ingest.Fixtures.write;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;

class ExtractorTest {

    private static final Ingest INGEST = Ingest.builder().build();

    @TempDir
    Path dir;

    private static String nested(int depth, String inner) {
        return "<div>".repeat(depth) + inner + "</div>".repeat(depth);
    }

    @Test
    void twentyThousandNestedDivsGiveTheArticleAndAProblemNotAStackOverflow() {
        String page = Fixtures.html("<title>t</title>", nested(20_000, Fixtures.articleBody()));
        Path p = write(dir, "deep.html", page);
        Path good = write(dir, "good.html", Fixtures.html("<title>t</title>", Fixtures.articleBody()));
        var results = Fixtures.all(INGEST, dir.toString());
        assertThat(results).hasSize(2);
        Article deep = Fixtures.accepted(results.get(0));
        assertThat(deep.source()).isEqualTo(p.toString());
        assertThat(deep.text()).contains(P1).contains(P2).contains(P3).doesNotContain("Share this article");
        assertThat(codes(deep)).contains("html.too-deep");
        assertThat(deep.problems()).filteredOn(x -> x.code().equals("html.too-deep")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("20,0").contains("limit of " + Extractor.MAX_DEPTH));
        assertThat(codes(Fixtures.accepted(results.get(1)))).doesNotContain("html.too-deep");
        assertThat(good).exists();
    }

    @Test
    void depthIsMeasuredWithoutRecursion() {
        Document doc = Jsoup.parse(nested(50_000, "<p>x</p>"));
        assertThat(Extractor.depth(doc)).isGreaterThan(50_000);
        assertThat(Extractor.depth(Jsoup.parse("<p>x</p>"))).isLessThan(6);
    }

    @Test
    void storyReadabilityPassesOverIsFoundByDensity() {
        // paragraphs as list items, beside a column of teasers: readability alone takes the column
        StringBuilder rail = new StringBuilder("<div class=column><h3>Most read</h3>");
        for (int i = 0; i < 5; i++) {
            rail.append("<div class=card><h4><a href=/s").append(i).append(">Grain ship leaves Odesa for Lebanon ")
                    .append(i).append("</a></h4><p>The ship sailed with maize on board, the first to leave under ")
                    .append("the arrangement signed in Istanbul in July 2022, officials said.</p></div>");
        }
        rail.append("</div>");
        String page = Fixtures.html("<title>t</title>", "<div class=layout><ul class=story><li>" + P1 + "</li><li>"
                + P2 + "</li><li>" + P3 + "</li></ul>" + rail + "</div>");
        Article a = Fixtures.one(INGEST, write(dir, "list.html", page).toString());
        assertThat(a.bodyText()).isEqualTo(Fixtures.BODY);
    }

    @Test
    void furnitureGoesButQuotesListsAndSubheadingsStay() {
        Document doc = Jsoup.parse("<body><nav><a href=/a>World</a></nav><article><h2>What was agreed</h2><p>" + P1
                + "</p><ul><li>an exchange of one thousand prisoners each</li><li>written ceasefire terms</li></ul>"
                + "<blockquote><p>Umerov said Ukraine was ready for a ceasefire of thirty days.</p></blockquote>"
                + "<figure><img src=a.jpg><p>Delegates in the palace</p></figure>"
                + "<figure><blockquote>Medinsky called the talks constructive.</blockquote></figure>"
                + "<ul><li><a href=/t1>Talks resume in Geneva</a></li><li><a href=/t2>Exchange completed</a></li></ul>"
                + "<section><h3>Related coverage</h3><div><h4><a href=/r1>Grain deal signed</a></h4><p>Ships leave "
                + "Odesa.</p></div><div><h4><a href=/r2>Antalya meeting</a></h4><p>No ceasefire agreed.</p></div>"
                + "</section><form><label>Comment</label></form></article></body>");
        Furniture.strip(doc);
        String text = doc.body().text();
        assertThat(text).contains("What was agreed", P1, "an exchange of one thousand prisoners each",
                "written ceasefire terms", "Umerov said Ukraine", "Medinsky called the talks constructive.");
        assertThat(text).doesNotContain("World", "Delegates in the palace", "Talks resume", "Related coverage",
                "Grain deal signed", "Ships leave", "Comment");
    }

    @Test
    void aListingOfTeasersIsNoArticle() {
        StringBuilder cards = new StringBuilder("<main><h1>Politics</h1>");
        for (int i = 0; i < 6; i++) {
            cards.append("<div class=item><h2><a href=/s").append(i).append(">Delegations meet in Istanbul, round ")
                    .append(i).append("</a></h2><div>2 June 2025</div><p>Russian and Ukrainian negotiators met ")
                    .append("again in Istanbul and agreed on a further exchange of prisoners of war.</p></div>");
        }
        String page = Fixtures.html("<title>Politics</title>", cards + "</main>");
        assertThat(Fixtures.oneRejected(INGEST, write(dir, "listing.html", page).toString()).code())
                .isEqualTo("html.no-article");
    }

    @Test
    void aShortArticleInAScriptWithoutSpacesIsKept() {
        String zh = "2025年5月16日，俄罗斯和乌克兰代表团在伊斯坦布尔举行了三年多来的首次直接谈判。双方同意各自释放一千名战俘。";
        String page = "<html lang=zh><head><meta charset=utf-8><title>谈判</title></head><body><article><p>" + zh
                + "</p></article></body></html>";
        Article a = Fixtures.one(INGEST, write(dir, "zh.html", page).toString());
        assertThat(a.bodyText()).isEqualTo(zh);
        assertThat(a.text()).isEqualTo("谈判\n\n" + zh);
        // and the same length check still rejects a page of a few labels
        String labels = "<html><body><article><p>首页</p><p>国际</p><p>登录</p></article></body></html>";
        assertThat(Fixtures.oneRejected(INGEST, write(dir, "nav.html", labels).toString()).code())
                .isEqualTo("html.no-article");
    }
}
