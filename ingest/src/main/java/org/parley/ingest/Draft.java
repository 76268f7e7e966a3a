package org.parley.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parley.model.Problem;

/**
 * What a reader got out of one input before cleaning, dating and language detection, which are the same for
 * every format ({@link Assembler}).
 *
 * @param body     text with paragraphs separated by blank lines; boilerplate still in it
 * @param fetched  when the page was fetched (WARC-Date, HTTP Date): an anchor for dates, never a date itself
 * @param page     a whole web page, whose body Readability chose: too little text means there was no article
 */
record Draft(String source, Optional<String> url, Optional<String> title, Optional<String> outlet,
             List<Dates.Hint> dates, String body, Optional<Instant> fetched, List<Problem> problems, boolean page) {

    Draft {
        dates = List.copyOf(dates);
        problems = List.copyOf(problems);
    }

    static Draft text(String source, String body, List<Problem> problems) {
        return new Draft(source, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), body,
                Optional.empty(), problems, false);
    }

    static Draft page(String source, Html.Page p, Optional<Instant> fetched, List<Problem> problems) {
        List<Problem> all = new java.util.ArrayList<>(problems);
        p.notes().forEach(n -> all.add(Problem.of(n.code(), source, n.message())));
        return new Draft(source, p.url(), p.title(), p.outlet(), p.dates(), p.body(), fetched, all, true);
    }
}
