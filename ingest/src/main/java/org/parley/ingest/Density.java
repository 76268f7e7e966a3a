package org.parley.ingest;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Parley's own body finder, for pages where the readability pass finds too little or cannot run: the element
 * whose prose outweighs everything else it holds. Each word of prose counts for it, each word of other text
 * (menus, labels, headlines, link lists) half against it, so the tightest element around the story wins over the
 * page around it. One iterative walk: any nesting depth.
 */
final class Density {

    /** What other text costs against prose. */
    private static final double OTHER_WEIGHT = 0.5;

    /** The chosen element and the prose it holds, in word-equivalents. */
    record Found(Element element, int prose) {
    }

    private Density() {
    }

    static Found find(Document doc) {
        Element body = doc.body() == null ? doc : doc.body();
        Map<Element, Blocks.Stat> stats = Blocks.of(body);
        Element best = body;
        double bestScore = Double.NEGATIVE_INFINITY;
        // document order visits ancestors first; ">" keeps the outermost of equal scores, so the element that
        // also holds the story's subheadings and short lines wins over a bare run of paragraphs
        for (Element e : body.getAllElements()) {
            Blocks.Stat s = stats.get(e);
            if (s == null || s.prose == 0) {
                continue;
            }
            double score = s.prose - OTHER_WEIGHT * s.other;
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        Blocks.Stat s = stats.get(best);
        return new Found(best, s == null ? 0 : s.prose);
    }
}
