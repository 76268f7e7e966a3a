package org.parley.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Problem;

/**
 * Bytes to text: binary detection and charset choice. The order: a byte-order mark, a declared charset, UTF-16
 * without a mark (told by its shape), strict UTF-8, then a detected legacy charset (ICU's statistical detector,
 * limited to the charsets news comes in), then windows-1252. Only what decodes to nothing like text is binary.
 */
final class Decoding {

    /** Decoded text and, when the charset was not declared, the problem saying which one was used. */
    record Decoded(String text, Charset charset, Optional<Problem> problem) {
    }

    /** A charset told from the bytes alone: what the detector named, what is used to read it, how sure (0-100). */
    record Guess(String detected, Charset readAs, int confidence) {

        String describe() {
            return detected + (detected.equalsIgnoreCase(readAs.name()) ? "" : " (read as " + readAs.name() + ")")
                    + " with confidence " + confidence + "/100";
        }
    }

    /**
     * The legacy charsets taken from the detector, and what each is read as: KOI8-U adds the Ukrainian letters to
     * KOI8-R, and browsers read ISO-8859-1 and -9 as their windows supersets. Other guesses (Hebrew, Greek, CJK)
     * were measured to be wrong on short Cyrillic text, so they are not taken.
     */
    private static final Map<String, String> LEGACY = Map.of(
            "windows-1251", "windows-1251", "KOI8-R", "KOI8-U", "ISO-8859-5", "ISO-8859-5",
            "windows-1252", "windows-1252", "ISO-8859-1", "windows-1252",
            "ISO-8859-2", "ISO-8859-2", "windows-1250", "windows-1250",
            "ISO-8859-9", "windows-1254", "windows-1254", "windows-1254");
    /** Bytes looked at when detecting: statistics settle long before this. */
    private static final int SAMPLE_BYTES = 1 << 16;
    /** Text decoded right is letters, digits, punctuation and spaces, hardly anything else. */
    private static final double MIN_TEXT_SHARE = 0.95;
    /** Words are separated: decoded with a wrong charset, separators turn into other characters. */
    private static final double MIN_SPACE_SHARE = 0.03;
    /** And most of text is letters: whitespace or digits alone say nothing about a charset. */
    private static final double MIN_LETTER_SHARE = 0.5;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private Decoding() {
    }

    /**
     * NUL bytes, many control bytes, or (when neither UTF-8 nor a detected legacy charset) mostly high bytes mean
     * this is not text. Only the head is looked at, so a large file is judged without reading it.
     */
    static boolean looksBinary(byte[] head, int length) {
        if (bom(head, length).isPresent() || utf16WithoutBom(head, length).isPresent()) {
            return false; // UTF-16 text has NULs and control bytes by design
        }
        int control = 0;
        int high = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            } else if (b >= 0x80) {
                high++;
            }
        }
        if (control * 100 > length) {
            return true;
        }
        return high * 10 > length * 3 && !validUtf8Prefix(head, length) && legacy(head, length).isEmpty();
    }

    /** The charset a {@code Content-Type} header names, if any. */
    static Optional<String> charsetOfContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Decodes {@code bytes}. {@code declared} is a charset from outside (HTTP header); an HTML meta or XML
     * declaration in the first kilobytes counts too. {@code declarationExpected}: for web pages and feeds a missing
     * declaration is worth a problem even when UTF-8 works; for text files UTF-8 is the convention.
     */
    static Decoded decode(byte[] bytes, Optional<String> declared, boolean declarationExpected, String input) {
        Optional<Charset> bom = bom(bytes, bytes.length);
        if (bom.isPresent()) {
            int skip = bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom.get()), bom.get(), Optional.empty());
        }
        Optional<String> named = declared.or(() -> inDocument(bytes));
        if (named.isPresent()) {
            Optional<Charset> cs = charset(named.get());
            if (cs.isPresent()) {
                return new Decoded(new String(bytes, cs.get()), cs.get(), Optional.empty());
            }
        }
        String why = named.map(n -> "declared charset " + Messages.quote(n) + " is unknown").orElse("no charset declared");
        Optional<Charset> utf16 = utf16WithoutBom(bytes, bytes.length);
        if (utf16.isPresent()) {
            return new Decoded(new String(bytes, 0, bytes.length & ~1, utf16.get()), utf16.get(), Optional.of(
                    Problem.of("encoding.undeclared", input, why + " and there is no byte-order mark; detected "
                            + utf16.get().name() + " from the pattern of its bytes")));
        }
        try {
            String text = strictUtf8(bytes);
            Optional<Problem> p = declarationExpected || named.isPresent()
                    ? Optional.of(Problem.of("encoding.undeclared", input, why + "; decoded as UTF-8 (the bytes are valid UTF-8)"))
                    : Optional.empty();
            return new Decoded(text, StandardCharsets.UTF_8, p);
        } catch (CharacterCodingException e) {
            Optional<Guess> guess = legacy(bytes, bytes.length);
            if (guess.isPresent()) {
                return new Decoded(new String(bytes, guess.get().readAs()), guess.get().readAs(), Optional.of(
                        Problem.of("encoding.undeclared", input, why + " and the bytes are not valid UTF-8; detected "
                                + guess.get().describe())));
            }
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, Optional.of(Problem.of(
                    "encoding.undeclared", input, why + ", the bytes are not valid UTF-8 and no charset could be"
                            + " detected; decoded as windows-1252")));
        }
    }

    /**
     * UTF-16 without a byte-order mark, told by its shape: decoded in one byte order it is text with spaces
     * between words; in the wrong order, or when it is not UTF-16, it is CJK-looking noise without spaces.
     */
    static Optional<Charset> utf16WithoutBom(byte[] bytes, int length) {
        int n = Math.min(length, SAMPLE_BYTES) & ~1;
        if (n < 8) {
            return Optional.empty();
        }
        int low = 0;
        for (int i = 0; i < n; i++) {
            low += (bytes[i] & 0xFF) < 0x09 ? 1 : 0;
        }
        if (low * 10 < n) {
            return Optional.empty(); // UTF-16 of any alphabet has a NUL or a small block byte in most pairs
        }
        // The byte naming the Unicode block takes a few values (0x00 for Latin, 0x04 for Cyrillic), the other many:
        // where the few are, odd or even positions, tells the byte order.
        boolean[] even = new boolean[256];
        boolean[] odd = new boolean[256];
        for (int i = 0; i < n; i += 2) {
            even[bytes[i] & 0xFF] = true;
            odd[bytes[i + 1] & 0xFF] = true;
        }
        Charset cs = count(odd) <= count(even) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        return textLike(new String(bytes, 0, n, cs)) ? Optional.of(cs) : Optional.empty();
    }

    private static int count(boolean[] seen) {
        int c = 0;
        for (boolean b : seen) {
            c += b ? 1 : 0;
        }
        return c;
    }

    /**
     * A legacy single-byte charset, by ICU's detector (byte n-gram statistics per language, which is what tells
     * windows-1251 from KOI8-R), taken only when decoding with it gives text.
     */
    static Optional<Guess> legacy(byte[] bytes, int length) {
        int n = Math.min(length, SAMPLE_BYTES);
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true); // markup says nothing about the language
        detector.setText(n == bytes.length ? bytes : Arrays.copyOf(bytes, n));
        for (CharsetMatch m : detector.detectAll()) {
            String readAs = LEGACY.get(m.getName());
            if (readAs != null) {
                Charset cs = Charset.forName(readAs);
                if (textLike(new String(bytes, 0, n, cs))) {
                    return Optional.of(new Guess(m.getName(), cs, m.getConfidence()));
                }
            }
        }
        return Optional.empty();
    }

    /** Mostly letters, the rest digits, punctuation and spaces; controls and unassigned code points are not text. */
    static boolean textLike(CharSequence t) {
        int good = 0;
        int spaces = 0;
        int letters = 0;
        int len = t.length();
        for (int i = 0; i < len; i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                spaces++;
                good++;
                continue;
            }
            switch (Character.getType(c)) {
                case Character.UNASSIGNED, Character.CONTROL, Character.PRIVATE_USE, Character.SURROGATE,
                     Character.FORMAT -> {
                }
                default -> {
                    if (c != '\uFFFD') {
                        good++;
                        letters += Character.isLetter(c) ? 1 : 0;
                    }
                }
            }
        }
        return len > 0 && good >= len * MIN_TEXT_SHARE && spaces >= len * MIN_SPACE_SHARE
                && letters >= len * MIN_LETTER_SHARE;
    }

    static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static Optional<String> inDocument(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head.stripLeading());
        if (xml.find()) {
            return Optional.of(xml.group(1));
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? Optional.of(meta.group(1)) : Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        try {
            Charset cs = Charset.forName(name.strip().toLowerCase(Locale.ROOT));
            // Browsers read a declared ISO-8859-1 as windows-1252; so do we, or curly quotes turn into controls.
            return Optional.of(cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)
                    ? WINDOWS_1252 : cs);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> bom(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /** Valid UTF-8 up to the end of the head, where a sequence may be cut off. */
    private static boolean validUtf8Prefix(byte[] head, int length) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(length + 1);
        return !d.decode(ByteBuffer.wrap(head, 0, length), out, false).isError();
    }
}
