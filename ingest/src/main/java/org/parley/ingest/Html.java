package org.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** A web page's facts (URL, title, outlet, date strings) from its markup, and its body ({@link Extractor}). */
final class Html {

    /** What a page says about itself; {@code body} is text with paragraphs separated by blank lines, not yet cleaned. */
    record Page(Optional<String> url, Optional<String> title, Optional<String> outlet, List<Dates.Hint> dates,
                String body, List<Extractor.Note> notes) {

        Page {
            notes = List.copyOf(notes);
        }

        /** The same page at another address (a WARC record's target), its notes kept. */
        Page at(String address) {
            return new Page(Optional.of(address), title, outlet, dates, body, notes);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Meta tags that carry the publication date, most specific first. */
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
            "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[name=dcterms.issued]",
            "meta[name=DC.date.issued]", "meta[name=dc.date]", "meta[name=date]", "meta[property=og:published_time]");

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
            "figure", "hr", "aside", "nav", "form", "address", "details", "summary");
    /** Not part of the story's text: captions describe photos, the rest is machinery. */
    private static final Set<String> SKIPPED = Set.of("figcaption", "script", "style", "noscript", "template", "svg",
            "button", "select", "textarea", "iframe", "head", "title");

    private Html() {
    }

    static Page page(String html, Optional<String> address) {
        Document doc = Jsoup.parse(html, address.orElse(""));
        JsonLd ld = jsonLd(doc);
        Optional<String> url = first(attr(doc, "link[rel=canonical]", "href"), attr(doc, "meta[property=og:url]", "content"),
                ld.url).filter(Html::isHttp).or(() -> address);
        Optional<String> outlet = first(attr(doc, "meta[property=og:site_name]", "content"), ld.publisher,
                attr(doc, "meta[name=application-name]", "content")).or(() -> url.flatMap(Html::host));

        List<Dates.Hint> dates = new ArrayList<>();
        for (String selector : DATE_META) {
            attr(doc, selector, "content").ifPresent(v -> dates.add(new Dates.Hint(v, selector.replace("meta", "meta "))));
        }
        ld.published.ifPresent(v -> dates.add(new Dates.Hint(v, "JSON-LD datePublished")));
        // Only a <time> marked as the publication date: any other may be an event's date, a comment's, a teaser's.
        for (String selector : List.of("time[itemprop=datePublished][datetime]", "time[pubdate][datetime]",
                "time[class~=(?i)publish|pubdate][datetime]")) {
            Optional<String> v = attr(doc, selector, "datetime");
            if (v.isPresent()) {
                dates.add(new Dates.Hint(v.get(), "<" + selector.replace("[datetime]", "") + " datetime>"));
                break;
            }
        }

        Extractor.Body body = Extractor.body(doc, address.orElse(""));
        Optional<String> title = first(attr(doc, "meta[property=og:title]", "content"), ld.headline, body.title(),
                Optional.of(doc.title().strip()).filter(s -> !s.isEmpty()));
        return new Page(url, title.map(t -> withoutOutletSuffix(t, outlet)), outlet, dates, body.text(), body.notes());
    }

    /** The text of an HTML fragment (a feed item's content), without Readability: a fragment has no clutter to score. */
    static String fragmentText(String html) {
        return text(Jsoup.parseBodyFragment(html).body());
    }

    /** Text with a blank line between blocks and a line break for {@code <br>}; inline whitespace folded later. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipping = -1;

            @Override
            public void head(Node node, int depth) {
                if (skipping >= 0) {
                    return;
                }
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIPPED.contains(tag)) {
                        skipping = depth;
                    } else if (tag.equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        out.append("\n\n");
                    } else if (tag.equals("td") || tag.equals("th")) {
                        out.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipping == depth) {
                    skipping = -1;
                } else if (skipping < 0 && node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }
        }, root);
        return out.toString();
    }

    static Optional<String> host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) {
                return Optional.empty();
            }
            h = h.toLowerCase(Locale.ROOT);
            return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isHttp(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    /** "Talks resume | Example News" becomes "Talks resume" when the outlet is Example News. */
    private static String withoutOutletSuffix(String title, Optional<String> outlet) {
        if (outlet.isEmpty()) {
            return title;
        }
        String o = outlet.get().toLowerCase(Locale.ROOT);
        for (String sep : List.of(" | ", " - ", " — ", " – ", " :: ")) {
            int i = title.lastIndexOf(sep);
            if (i > 0 && title.substring(i + sep.length()).strip().toLowerCase(Locale.ROOT).equals(o)) {
                return title.substring(0, i).strip();
            }
        }
        return title;
    }

    private record JsonLd(Optional<String> published, Optional<String> headline, Optional<String> publisher,
                          Optional<String> url) {
    }

    /** The first article-like object in the page's JSON-LD blocks; broken blocks are skipped (they are common). */
    private static JsonLd jsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                Optional<JsonNode> article = findArticle(JSON.readTree(script.data()));
                if (article.isPresent()) {
                    JsonNode a = article.get();
                    JsonNode publisher = a.path("publisher");
                    if (publisher.isArray()) {
                        publisher = publisher.path(0);
                    }
                    JsonNode entity = a.path("mainEntityOfPage");
                    return new JsonLd(string(a.path("datePublished")), string(a.path("headline")),
                            string(publisher.path("name")),
                            string(a.path("url")).or(() -> string(entity.isObject() ? entity.path("@id") : entity)));
                }
            } catch (JsonProcessingException e) {
                // not valid JSON: ignore this block, the meta tags may still say enough
            }
        }
        return new JsonLd(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Optional<JsonNode> findArticle(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                Optional<JsonNode> f = findArticle(n);
                if (f.isPresent()) {
                    return f;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (node.has("datePublished") || node.has("headline")) {
            return Optional.of(node);
        }
        return findArticle(node.get("@graph"));
    }

    private static Optional<String> string(JsonNode n) {
        return n != null && n.isTextual() && !n.asText().isBlank() ? Optional.of(n.asText().strip()) : Optional.empty();
    }

    private static Optional<String> attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        if (e == null) {
            return Optional.empty();
        }
        String v = attribute.equals("href") ? e.absUrl("href") : "";
        if (v.isEmpty()) {
            v = e.attr(attribute);
        }
        return v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... options) {
        for (Optional<String> o : options) {
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }
}
