package org.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Problem;

/** Bytes to text: binary detection and charset choice (BOM, then declared, then strict UTF-8, then windows-1252). */
final class Decoding {

    /** Decoded text and, when the charset was a fallback, the problem saying which one was used. */
    record Decoded(String text, Charset charset, Optional<Problem> problem) {
    }

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
     * NUL bytes, many control bytes, or (when not UTF-8) mostly high bytes mean this is not text.
     * Only the head is looked at, so a large file is judged without reading it.
     */
    static boolean looksBinary(byte[] head, int length) {
        if (bom(head, length).isPresent()) {
            return false; // UTF-16 text has NULs by design
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
        return high * 10 > length * 3 && !validUtf8Prefix(head, length);
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
        String why = named.map(n -> "declared charset '" + n + "' is unknown").orElse("no charset declared");
        try {
            String text = strictUtf8(bytes);
            Optional<Problem> p = declarationExpected || named.isPresent()
                    ? Optional.of(Problem.of("encoding.undeclared", input, why + "; decoded as UTF-8 (the bytes are valid UTF-8)"))
                    : Optional.empty();
            return new Decoded(text, StandardCharsets.UTF_8, p);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, Optional.of(Problem.of(
                    "encoding.undeclared", input, why + " and the bytes are not valid UTF-8; decoded as windows-1252")));
        }
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
