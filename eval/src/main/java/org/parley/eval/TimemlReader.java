package org.parley.eval;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Problem;
import org.parley.model.Span;

/**
 * Reads a TimeML file: the TEXT element with its tags removed (entities decoded) and the TIMEX3s inside it with
 * their offsets into that text, plus the document creation time. Written by hand rather than with an XML parser
 * because the offsets must be exact and XML parsers do not report them.
 */
final class TimemlReader {

    /** One gold time expression. */
    record Gold(Span span, String type, String value, Optional<String> mod) {
    }

    /** A file read: its TEXT, its creation date and its gold time expressions. */
    record TimemlDoc(String name, String text, LocalDate dct, List<Gold> timexes) {
    }

    /** What reading one file gives: a document or the one problem that stopped it. */
    sealed interface Reading permits Read, Failed {
    }

    record Read(TimemlDoc doc) implements Reading {
    }

    record Failed(Problem problem) implements Reading {
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9_]*)([^<>]*?)(/?)>");
    private static final Pattern ATTR = Pattern.compile("([A-Za-z][A-Za-z0-9_:]*)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern DCT_TIMEX = Pattern.compile("<TIMEX3\\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>");
    private static final Pattern DCT_ELEMENT = Pattern.compile("<DCT>(.*?)</DCT>", Pattern.DOTALL);
    private static final Pattern DATE_PREFIX = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");

    private TimemlReader() {
    }

    static Reading read(Path file) {
        String name = file.toString();
        String xml;
        try {
            xml = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return failed("timeml.encoding", name, "not UTF-8 text");
        } catch (IOException e) {
            return failed("timeml.unreadable", name, "could not read the file: " + e.getMessage());
        }
        return parse(name, xml);
    }

    static Reading parse(String name, String xml) {
        Optional<LocalDate> dct = dct(xml);
        if (dct.isEmpty()) {
            return failed("timeml.no-dct", name, "no document creation time (a TIMEX3 with "
                    + "functionInDocument=\"CREATION_TIME\" or a DCT element holding a date)");
        }
        int open = xml.indexOf("<TEXT>");
        int close = xml.indexOf("</TEXT>");
        if (open < 0 || close < open) {
            return failed("timeml.no-text", name, "no <TEXT>...</TEXT> element");
        }
        String body = xml.substring(open + "<TEXT>".length(), close);
        StringBuilder text = new StringBuilder(body.length());
        List<Gold> timexes = new ArrayList<>();
        Deque<String> elements = new ArrayDeque<>();
        Deque<Integer> starts = new ArrayDeque<>();
        Deque<Map<String, String>> attributes = new ArrayDeque<>();
        Matcher m = TAG.matcher(body);
        int at = 0;
        while (m.find()) {
            if (!appendText(body.substring(at, m.start()), text)) {
                return failed("timeml.malformed", name, "a bare '&' or '<' in the text near char " + (open + at));
            }
            at = m.end();
            String element = m.group(2);
            if (!m.group(4).isEmpty()) {
                continue; // <X/> carries no text
            }
            if (m.group(1).isEmpty()) {
                elements.push(element);
                starts.push(text.length());
                attributes.push(attributes(m.group(3)));
                continue;
            }
            if (elements.isEmpty() || !elements.peek().equals(element)) {
                return failed("timeml.malformed", name, "</" + element + "> closes "
                        + (elements.isEmpty() ? "nothing" : "<" + elements.peek() + ">") + " in TEXT");
            }
            elements.pop();
            int start = starts.pop();
            Map<String, String> attrs = attributes.pop();
            if (element.equals("TIMEX3")) {
                String type = attrs.get("type");
                String value = attrs.get("value");
                if (type == null || value == null) {
                    return failed("timeml.malformed", name, "a TIMEX3 in TEXT without type or value: "
                            + attrs.getOrDefault("tid", "(no tid)"));
                }
                timexes.add(new Gold(new Span(start, text.length()), type, value,
                        Optional.ofNullable(attrs.get("mod")).filter(s -> !s.isBlank())));
            }
        }
        if (!elements.isEmpty()) {
            return failed("timeml.malformed", name, "<" + elements.peek() + "> is never closed in TEXT");
        }
        if (!appendText(body.substring(at), text)) {
            return failed("timeml.malformed", name, "a bare '&' or '<' at the end of TEXT");
        }
        return new Read(new TimemlDoc(name, text.toString(), dct.get(), List.copyOf(timexes)));
    }

    /** The creation date from the CREATION_TIME TIMEX3's value, else from the DCT element's text. */
    static Optional<LocalDate> dct(String xml) {
        Matcher t = DCT_TIMEX.matcher(xml);
        if (t.find()) {
            String value = attributes(t.group()).get("value");
            Optional<LocalDate> d = value == null ? Optional.empty() : date(value);
            if (d.isPresent()) {
                return d;
            }
        }
        Matcher e = DCT_ELEMENT.matcher(xml);
        return e.find() ? date(e.group(1).replaceAll("<[^>]*>", "").strip()) : Optional.empty();
    }

    private static Optional<LocalDate> date(String s) {
        Matcher m = DATE_PREFIX.matcher(s);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> map = new HashMap<>();
        Matcher a = ATTR.matcher(s);
        while (a.find()) {
            map.put(a.group(1), decode(a.group(2)));
        }
        return map;
    }

    /** Appends text with entities decoded; false where it holds markup characters that XML forbids. */
    private static boolean appendText(String raw, StringBuilder out) {
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '<') {
                return false;
            }
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            int semi = raw.indexOf(';', i);
            if (semi < 0 || semi - i > 10) {
                return false;
            }
            String entity = raw.substring(i + 1, semi);
            String decoded = entity(entity);
            if (decoded == null) {
                return false;
            }
            out.append(decoded);
            i = semi + 1;
        }
        return true;
    }

    private static String decode(String s) {
        StringBuilder out = new StringBuilder();
        return appendText(s, out) ? out.toString() : s;
    }

    private static String entity(String e) {
        switch (e) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            default:
                try {
                    if (e.startsWith("#x")) {
                        return new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
                    }
                    if (e.startsWith("#")) {
                        return new String(Character.toChars(Integer.parseInt(e.substring(1))));
                    }
                } catch (IllegalArgumentException ex) {
                    return null;
                }
                return null;
        }
    }

    private static Failed failed(String code, String name, String message) {
        return new Failed(Problem.of(code, name, message));
    }
}
