package org.parley.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes page furniture from a page by its structure, never by the words of a particular site: navigation and
 * forms, photos with their captions, link lists, and teasers (repeated blocks of a linked headline with a short
 * summary: "related coverage", a section front's list). Block quotes, lists of prose, subheadings stay.
 */
final class Furniture {

    /** Machinery: never article text. */
    private static final Set<String> DROPPED = Set.of("nav", "form", "footer", "menu", "dialog");
    /** Blocks judged by how much of their text is links. */
    private static final Set<String> LINK_LIST = Set.of("ul", "ol", "dl", "div", "section", "p", "table", "aside",
            "header", "li");
    /** A block this link-dense, without a prose paragraph, is a menu, a tag list or a list of headlines. */
    private static final double MAX_LINK_DENSITY = 0.6;
    /** Teasers are short: a headline, a line or two of summary, a date. */
    private static final int TEASER_MAX_UNITS = 80;
    /** What may remain of a block after its teasers go and still be furniture: its heading ("Related coverage"). */
    private static final int LEFTOVER_MAX_UNITS = 8;

    private Furniture() {
    }

    /** Removes furniture from the document in place (callers pass their own copy); returns how many blocks went. */
    static int strip(Document doc) {
        List<Element> gone = new ArrayList<>();
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            String tag = e.normalName();
            if (DROPPED.contains(tag) || tag.equals("figure") && isPhoto(e) || tag.equals("figcaption")) {
                gone.add(e);
            }
        }
        gone.forEach(Element::remove);
        int removed = gone.size();
        gone.clear();

        Map<Element, Blocks.Stat> stats = Blocks.of(doc);
        Set<Element> under = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            // elements come in document order, so a removed block's descendants follow it
            if (under.contains(e) || under.contains(e.parent())) {
                under.add(e);
                continue;
            }
            Blocks.Stat s = stats.get(e);
            if (s == null || s.units == 0) {
                continue;
            }
            int before = gone.size();
            if (LINK_LIST.contains(e.normalName()) && s.prose == 0 && s.linkDensity() >= MAX_LINK_DENSITY) {
                gone.add(e);
                under.add(e);
                continue;
            }
            List<Element> teasers = teasers(e, stats);
            if (teasers.size() >= 2) {
                int left = s.units - teasers.stream().mapToInt(t -> stats.get(t).units).sum();
                if (left <= LEFTOVER_MAX_UNITS && e != doc.body()) {
                    gone.add(e);
                } else {
                    gone.addAll(teasers);
                }
            }
            under.addAll(gone.subList(before, gone.size()));
        }
        gone.forEach(Element::remove);
        return removed + gone.size();
    }

    /** Children of e that are teasers: a linked headline and little else. */
    private static List<Element> teasers(Element e, Map<Element, Blocks.Stat> stats) {
        List<Element> out = new ArrayList<>();
        for (Element c : e.children()) {
            Blocks.Stat s = stats.get(c);
            if (s != null && s.headingLink && s.units <= TEASER_MAX_UNITS && !Blocks.isInline(c.normalName())
                    && !c.normalName().matches("h[1-6]")) {
                out.add(c);
            }
        }
        return out;
    }

    /** A figure with a picture and no quotation: its text is a caption and a credit. */
    private static boolean isPhoto(Element figure) {
        return figure.selectFirst("blockquote, q") == null
                && figure.selectFirst("img, picture, video, svg, iframe") != null;
    }
}
