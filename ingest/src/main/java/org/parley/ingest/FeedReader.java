package org.parley.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.parley.model.Problem;

/** RSS and Atom: each item is an article; its date is the feed's item date, its outlet the feed's title. */
final class FeedReader {

    private FeedReader() {
    }

    static Stream<IngestResult> read(String xml, String source, List<Problem> decoding, Assembler assembler,
                                     long maxRecords) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            feed = input.build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            String at = e instanceof ParsingFeedException p && p.getLineNumber() > 0
                    ? " at line " + p.getLineNumber() + ", column " + p.getColumnNumber() : "";
            // ROME's own message only says "Invalid XML"; the XML parser's cause says what is wrong.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return Stream.of(Assembler.reject("feed.malformed", source, "not a readable RSS or Atom feed" + at + ": "
                    + Records.describe(cause)));
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            return Stream.of(Assembler.reject("feed.empty", source, "the feed has no items"));
        }
        // ROME turns item dates into java.util.Date, which loses the publisher's offset and so can move the day;
        // the raw strings, read in the same order, keep the date as the publisher wrote it.
        Elements items = Jsoup.parse(xml, "", Parser.xmlParser()).select("item, entry");
        boolean aligned = items.size() == entries.size();
        Optional<String> outlet = text(feed.getTitle());
        int read = (int) Math.min(entries.size(), maxRecords);
        Stream<IngestResult> results = IntStream.range(0, read).mapToObj(i -> {
            String where = source + "#item=" + (i + 1);
            try {
                return item(entries.get(i), aligned ? Optional.of(items.get(i)) : Optional.empty(), where, outlet,
                        decoding, assembler);
            } catch (RuntimeException | Error e) {
                return Guard.rejection(where, e, Optional.empty());
            }
        });
        if (read == entries.size()) {
            return results;
        }
        return Stream.concat(results, Stream.of(Assembler.reject("input.too-many-records", source, "the feed has "
                + entries.size() + " items, over the maxRecords limit of " + maxRecords + "; the first " + read
                + " were read")));
    }

    private static IngestResult item(SyndEntry e, Optional<Element> raw, String where, Optional<String> outlet,
                                     List<Problem> decoding, Assembler assembler) {
        String html = e.getContents().stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
                .findFirst().orElseGet(() -> e.getDescription() == null ? "" : e.getDescription().getValue());
        Optional<String> link = plain(e.getLink()).or(() -> plain(e.getUri()).filter(u -> u.startsWith("http")));
        List<Dates.Hint> dates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(decoding);
        if (raw.isPresent()) {
            for (String tag : List.of("published", "pubDate", "dc:date", "dcterms:issued")) {
                child(raw.get(), tag).ifPresent(d -> dates.add(new Dates.Hint(d, "the item's <" + tag + ">")));
            }
            Optional<String> updated = child(raw.get(), "updated");
            if (dates.isEmpty() && updated.isPresent()) {
                dates.add(new Dates.Hint(updated.get(), "the item's <updated>"));
                problems.add(Problem.of("date.updated-only", where,
                        "the item has no publication date, only <updated>; that was taken as the publication date"));
            }
        } else if (e.getPublishedDate() != null) {
            dates.add(new Dates.Hint(e.getPublishedDate().toInstant().toString(), "the item's date"));
        }
        return assembler.finish(new Draft(where, link, text(e.getTitle()), outlet, dates,
                html == null ? "" : Html.fragmentText(html), Optional.empty(), problems, false));
    }

    private static Optional<String> child(Element item, String tag) {
        return item.children().stream().filter(c -> c.tagName().equalsIgnoreCase(tag)).map(Element::text)
                .filter(t -> !t.isBlank()).findFirst();
    }

    private static Optional<String> plain(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    /** Feed titles may carry entities or markup. */
    private static Optional<String> text(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(Jsoup.parse(s).text().strip());
    }
}
