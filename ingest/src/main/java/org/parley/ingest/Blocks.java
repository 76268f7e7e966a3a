package org.parley.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text statistics of every element of a page, found in one iterative walk (so no nesting depth can overflow the
 * stack): how many words it holds, how many of them are link text, and how many sit in prose blocks (a block's own
 * text, long enough, ending like a sentence, mostly not links) versus in other blocks (menus, labels, headlines).
 */
final class Blocks {

    /** Aggregates over an element and all it contains. */
    static final class Stat {
        int units;
        int linkUnits;
        int prose;
        int other;
        /** A heading with a link in it, or a link wrapping a heading: the mark of a teaser. */
        boolean headingLink;
        boolean media;

        double linkDensity() {
            return units == 0 ? 0 : (double) linkUnits / units;
        }
    }

    /** Inline elements: their text belongs to the block around them. Any other tag, custom ones too, is a block. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data",
            "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
            "u", "var", "wbr", "label", "img", "picture", "source", "nobr", "big", "strike", "tt");
    static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "button", "select",
            "textarea", "iframe", "input", "option", "head", "title", "meta", "link");
    private static final Set<String> MEDIA = Set.of("img", "picture", "video", "audio", "svg", "iframe");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern SENTENCE_PUNCT = Pattern.compile("[.!?…。！？;；]");

    /** A block's own text with fewer word-equivalents than this is a label, a menu item or a headline. */
    static final int PROSE_MIN = 8;
    /** Own-text link share above which a block is a link, not prose. */
    static final double PROSE_MAX_LINKS = 0.34;

    private Blocks() {
    }

    static boolean isInline(String tag) {
        return INLINE.contains(tag);
    }

    static Map<Element, Stat> of(Element root) {
        Map<Element, Stat> stats = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipping = -1;
            private int inLink;
            private int inHeading;
            /** Own text of the innermost open block: units, link units, whether it has sentence punctuation. */
            private final java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();

            @Override
            public void head(Node node, int depth) {
                if (skipping >= 0) {
                    return;
                }
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    int u = Words.count(s);
                    if (u == 0 || !(t.parent() instanceof Element parent)) {
                        return;
                    }
                    Stat st = stats.computeIfAbsent(parent, k -> new Stat());
                    st.units += u;
                    if (inLink > 0) {
                        st.linkUnits += u;
                    }
                    int[] own = open.peek();
                    if (own != null) {
                        own[0] += u;
                        own[1] += inLink > 0 ? u : 0;
                        own[2] |= SENTENCE_PUNCT.matcher(s).find() ? 1 : 0;
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIPPED.contains(tag)) {
                        skipping = depth;
                        if (MEDIA.contains(tag)) {
                            stats.computeIfAbsent(e, k -> new Stat()).media = true;
                        }
                        return;
                    }
                    Stat st = stats.computeIfAbsent(e, k -> new Stat());
                    if (MEDIA.contains(tag)) {
                        st.media = true;
                    }
                    if (tag.equals("a") && isRealLink(e)) {
                        inLink++;
                        if (inHeading > 0) {
                            st.headingLink = true;
                        }
                    }
                    if (HEADINGS.contains(tag)) {
                        inHeading++;
                        if (inLink > 0) {
                            st.headingLink = true;
                        }
                    }
                    if (!INLINE.contains(tag)) {
                        open.push(new int[3]);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                if (skipping >= 0) {
                    if (skipping == depth) {
                        skipping = -1;
                        addTo(e.parent(), stats.get(e));
                    }
                    return;
                }
                String tag = e.normalName();
                Stat st = stats.get(e);
                if (tag.equals("a") && isRealLink(e)) {
                    inLink--;
                }
                if (HEADINGS.contains(tag)) {
                    inHeading--;
                }
                if (!INLINE.contains(tag)) {
                    int[] own = open.pop();
                    boolean prose = own[0] >= PROSE_MIN && own[1] <= own[0] * PROSE_MAX_LINKS
                            && (own[2] == 1 || own[0] >= 2 * PROSE_MIN);
                    if (prose) {
                        st.prose += own[0];
                    } else {
                        st.other += own[0];
                    }
                }
                addTo(e.parent(), st);
            }

            private void addTo(Element parent, Stat child) {
                if (parent == null || child == null) {
                    return;
                }
                Stat p = stats.computeIfAbsent(parent, k -> new Stat());
                p.units += child.units;
                p.linkUnits += child.linkUnits;
                p.prose += child.prose;
                p.other += child.other;
                p.headingLink |= child.headingLink;
                p.media |= child.media;
            }
        }, root);
        return stats;
    }

    /** In-page anchors ("#section-2", permalink marks) are not links to elsewhere. */
    private static boolean isRealLink(Element a) {
        String href = a.attr("href").strip();
        return !href.isEmpty() && !href.startsWith("#") && !href.startsWith("javascript:");
    }
}
