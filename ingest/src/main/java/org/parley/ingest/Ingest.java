package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parley.model.Problem;

/**
 * Turns inputs into {@link org.parley.model.Article}s or rejections: text saved off the web, HTML pages, JSONL,
 * RSS/Atom feeds, WARC files and http(s) URLs. Every input problem is a result; nothing here throws for bad input.
 *
 * <pre>{@code
 * Ingest ingest = Ingest.builder().maxBytes(5 << 20).build();
 * try (Stream<IngestResult> results = ingest.read("articles/")) {
 *     results.forEach(r -> ...);
 * }
 * }</pre>
 */
public final class Ingest {

    private static final long DEFAULT_MAX_BYTES = 10L << 20;
    private static final long DEFAULT_MAX_RECORDS = 100_000;
    private static final Duration DEFAULT_HTTP_TIMEOUT = Duration.ofSeconds(10);
    private static final int HEAD_BYTES = 8192;

    private final long maxBytes;
    private final long maxRecords;
    private final Assembler assembler;
    private final Fetcher fetcher;

    private Ingest(Builder b) {
        this.maxBytes = b.maxBytes == Builder.UNSET ? DEFAULT_MAX_BYTES : b.maxBytes;
        this.maxRecords = b.maxRecords == Builder.UNSET ? DEFAULT_MAX_RECORDS : b.maxRecords;
        Duration timeout = b.httpTimeout == null ? DEFAULT_HTTP_TIMEOUT : b.httpTimeout;
        List<String> langs = b.languages == null ? Languages.DEFAULT : b.languages;
        this.assembler = new Assembler(new Languages(langs.stream().map(l -> Languages.code(l).orElseThrow())
                .collect(Collectors.toSet())), Optional.ofNullable(b.dct));
        this.fetcher = new Fetcher(timeout, maxBytes, b.refusal == null ? uri -> Optional.empty() : b.refusal);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Lazily reads one input: a file, a directory (recursively, in sorted order, hidden files skipped) or an http(s)
     * URL. Files are opened only as the stream reaches them. Close the stream.
     */
    public Stream<IngestResult> read(String input) {
        Objects.requireNonNull(input, "input");
        String given = input.strip();
        String lower = given.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return Stream.of(given).flatMap(this::readUrl);
        }
        Path path;
        try {
            path = Path.of(given);
        } catch (InvalidPathException e) {
            return Stream.of(Assembler.reject("input.not-found", input, "not a valid path or http(s) URL"));
        }
        if (given.isEmpty() || !Files.exists(path)) {
            String why = lower.matches("^[a-z][a-z0-9+.-]*://.*") ? "not a file, a directory or an http(s) URL"
                    : "no such file or directory";
            return Stream.of(Assembler.reject("input.not-found", input, why));
        }
        if (Files.isDirectory(path)) {
            return directory(path, input);
        }
        return Stream.of(path).flatMap(p -> readFile(p, input));
    }

    /**
     * Reads one local file as {@link #read} would, naming it {@code source} in every result: for a file copied from
     * elsewhere (a distributed file system) and read under its own name. The file's name still tells its format.
     */
    public Stream<IngestResult> read(Path file, String source) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
        if (!Files.isRegularFile(file)) {
            return Stream.of(Assembler.reject("input.not-found", source, "no such file"));
        }
        return Stream.of(file).flatMap(p -> readFile(p, source));
    }

    /**
     * For {@code parley analyze --raw}: the file's content exactly as it is (decoded, without a byte-order mark), no
     * boilerplate removal, so offsets index the file's content. The language is still detected; the date comes only
     * from {@code dct} (or the builder's {@code dct}).
     */
    public IngestResult readRaw(Path file, Optional<LocalDate> dct) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(dct, "dct");
        String source = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return Assembler.reject("input.not-found", source, "no such file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return tooLarge(source, size);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                return Assembler.reject("input.empty", source, "the file is empty (0 bytes)");
            }
            if (Decoding.looksBinary(bytes, Math.min(bytes.length, HEAD_BYTES))) {
                return binary(source);
            }
            Decoding.Decoded d = Decoding.decode(bytes, Optional.empty(), false, source);
            return assembler.raw(source, d.text(), dct, d.problem().map(List::of).orElse(List.of()));
        } catch (IOException e) {
            return Assembler.reject("input.unreadable", source, "could not read the file: " + Records.describe(e));
        } catch (RuntimeException | Error e) {
            return Guard.rejection(source, e, Optional.empty());
        }
    }

    private Stream<IngestResult> directory(Path dir, String input) {
        List<Path> files;
        try {
            files = files(dir);
        } catch (IOException | RuntimeException e) {
            return Stream.of(Assembler.reject("input.unreadable", input, "could not list the directory: "
                    + Records.describe(e)));
        }
        if (files.isEmpty()) {
            return Stream.of(Assembler.reject("input.empty", input, "the directory has no files"));
        }
        return files.stream().flatMap(p -> readFile(p, p.toString()));
    }

    /** A directory's files as {@link #read} takes them: recursively, sorted, hidden ones skipped. */
    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> !hidden(dir.relativize(p))).sorted().toList();
        }
    }

    /**
     * The inputs one input stands for, each read by {@link #read} as it would be within the whole: a directory's
     * files (as {@link #read} lists them, each named by its path), else the input itself. Lets a batch spread a
     * directory's files over workers; a directory that cannot be listed or has no files stays whole, so reading it
     * reports why.
     */
    public static List<String> expand(String input) {
        Objects.requireNonNull(input, "input");
        try {
            Path path = Path.of(input.strip());
            if (!input.isBlank() && Files.isDirectory(path)) {
                List<Path> files = files(path);
                if (!files.isEmpty()) {
                    return files.stream().map(Path::toString).toList();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not a directory this can list: read() says why.
        }
        return List.of(input);
    }

    /** Any part of the path starting with a dot: .git, .DS_Store, editors' swap files. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private Stream<IngestResult> readFile(Path path, String source) {
        try {
            long size = Files.size(path);
            if (size == 0) {
                return Stream.of(Assembler.reject("input.empty", source, "the file is empty (0 bytes)"));
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(path)) {
                head = in.readNBytes(HEAD_BYTES);
            }
            Optional<Format> format = Format.sniff(path.getFileName().toString(), head, head.length);
            if (format.isEmpty()) {
                return Stream.of(Assembler.reject("input.binary", source, "compressed data that is not a WARC"));
            }
            if (format.get() == Format.WARC) {
                return new WarcRecords(path, source, maxBytes, maxRecords, assembler).stream();
            }
            // A file named as JSONL is judged line by line: one line of binary is that line's problem.
            boolean jsonlByName = Format.jsonlName(path.getFileName().toString());
            if (!(format.get() == Format.JSONL && jsonlByName) && Decoding.looksBinary(head, head.length)) {
                return Stream.of(binary(source));
            }
            if (format.get() == Format.JSONL) {
                return new JsonlReader(path, source, maxBytes, maxRecords, assembler).stream();
            }
            if (size > maxBytes) {
                return Stream.of(tooLarge(source, size));
            }
            byte[] bytes = Files.readAllBytes(path);
            return document(bytes, format.get(), source, Optional.empty(), Optional.empty());
        } catch (IOException e) {
            return Stream.of(Assembler.reject("input.unreadable", source, "could not read: " + Records.describe(e)));
        } catch (RuntimeException | Error e) {
            return Stream.of(Guard.rejection(source, e, Optional.empty()));
        }
    }

    private Stream<IngestResult> readUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                return Stream.of(Assembler.reject("input.not-found", url, "the URL has no host"));
            }
            Fetcher.Outcome outcome = fetcher.fetch(uri, url);
            if (outcome.rejected().isPresent()) {
                return Stream.of(outcome.rejected().get());
            }
            Fetcher.Fetched f = outcome.fetched().orElseThrow();
            if (f.body().length == 0) {
                return Stream.of(Assembler.reject("input.empty", url, "the server sent an empty body"));
            }
            int head = Math.min(f.body().length, HEAD_BYTES);
            Optional<Format> format = Format.ofContentType(f.contentType().orElse(null), f.uri().getPath(), f.body(), head);
            if (format.isEmpty() || format.get() == Format.WARC) {
                return Stream.of(Assembler.reject("input.unsupported", url,
                        "compressed or WARC data over HTTP is not read; download the file and give its path"));
            }
            if (Decoding.looksBinary(f.body(), head)) {
                return Stream.of(binary(url));
            }
            Optional<String> charset = f.contentType().flatMap(Decoding::charsetOfContentType);
            return document(f.body(), format.get(), url, charset, Optional.of(f));
        } catch (URISyntaxException e) {
            return Stream.of(Assembler.reject("input.not-found", url, "not a valid URL: " + e.getReason()));
        } catch (RuntimeException | Error e) {
            return Stream.of(Guard.rejection(url, e, Optional.empty()));
        }
    }

    /** One document's bytes, whatever they came from; a feed yields one result per item. */
    private Stream<IngestResult> document(byte[] bytes, Format format, String source, Optional<String> charset,
                                          Optional<Fetcher.Fetched> fetched) {
        boolean web = format != Format.TEXT && format != Format.JSONL;
        Decoding.Decoded d = Decoding.decode(bytes, charset, web, source);
        List<Problem> problems = new ArrayList<>();
        d.problem().ifPresent(problems::add);
        if (d.text().isBlank()) {
            return Stream.of(Assembler.reject("input.empty", source, "the input has only whitespace"));
        }
        switch (format) {
            case FEED:
                return FeedReader.read(d.text(), source, problems, assembler, maxRecords);
            case HTML:
                Html.Page page = Html.page(d.text(), fetched.map(f -> f.uri().toString()));
                return Stream.of(assembler.finish(Draft.page(source, page, fetched.map(Fetcher.Fetched::fetchedAt),
                        problems)));
            case JSONL:
                return Stream.of(Assembler.reject("input.unsupported", source,
                        "JSONL over HTTP is not read; download the file and give its path"));
            default:
                Draft draft = Draft.text(source, d.text(), problems);
                if (fetched.isPresent()) {
                    draft = new Draft(source, Optional.of(fetched.get().uri().toString()), Optional.empty(),
                            Html.host(fetched.get().uri().toString()), List.of(), d.text(),
                            Optional.of(fetched.get().fetchedAt()), problems, false);
                }
                return Stream.of(assembler.finish(draft));
        }
    }

    private IngestResult tooLarge(String source, long size) {
        return Assembler.reject("input.too-large", source,
                "the file is " + size + " bytes, over the maxBytes limit of " + maxBytes + " bytes; not read");
    }

    private static IngestResult binary(String source) {
        return Assembler.reject("input.binary", source, "binary data, not text (NUL or control bytes, or not a text encoding)");
    }

    /** Options, each checked when set; setting one twice is a mistake and says so, as in Caffeine. */
    public static final class Builder {

        private static final long UNSET = -1;

        private long maxBytes = UNSET;
        private long maxRecords = UNSET;
        private Function<URI, Optional<String>> refusal;
        private Duration httpTimeout;
        private List<String> languages;
        private LocalDate dct;

        private Builder() {
        }

        /** Largest single document (file, page, JSONL line, WARC record) read; default 10 MiB. */
        public Builder maxBytes(long bytes) {
            requireState(maxBytes == UNSET, "maxBytes was already set to " + maxBytes);
            requireArgument(bytes > 0, "maxBytes must be positive, was " + bytes);
            this.maxBytes = bytes;
            return this;
        }

        /**
         * Most records read from one multi-record input (WARC records, JSONL lines, feed items); default 100,000.
         * Past it the input's reading stops with one {@code input.too-many-records} line.
         */
        public Builder maxRecords(long records) {
            requireState(maxRecords == UNSET, "maxRecords was already set to " + maxRecords);
            requireArgument(records > 0, "maxRecords must be positive, was " + records);
            this.maxRecords = records;
            return this;
        }

        /**
         * A check on every URL fetched, the one given and each redirect: the reason it may not be fetched, or
         * nothing. A refused URL is rejected as {@code url.refused} with that reason. Default: none refused.
         */
        public Builder refuseFetch(Function<URI, Optional<String>> refusal) {
            requireState(this.refusal == null, "refuseFetch was already set");
            this.refusal = Objects.requireNonNull(refusal, "refusal");
            return this;
        }

        /** Connect and response timeout for URLs; default 10 s. */
        public Builder httpTimeout(Duration timeout) {
            requireState(httpTimeout == null, "httpTimeout was already set to " + httpTimeout);
            Objects.requireNonNull(timeout, "timeout");
            requireArgument(!timeout.isNegative() && !timeout.isZero(), "httpTimeout must be positive, was " + timeout);
            this.httpTimeout = timeout;
            return this;
        }

        /**
         * ISO 639-1 codes of the languages to tell apart (at least two); default en, ru, uk, de, fr, es, it, tr,
         * pl, zh, ar, be, pt, nl, ja. Fewer languages make detection faster and lighter.
         */
        public Builder languages(Collection<String> isoCodes) {
            requireState(languages == null, "languages were already set to " + languages);
            Objects.requireNonNull(isoCodes, "isoCodes");
            Set<String> codes = new LinkedHashSet<>();
            for (String c : isoCodes) {
                String code = Objects.requireNonNull(c, "language code").strip().toLowerCase(Locale.ROOT);
                requireArgument(Languages.code(code).isPresent(), "unknown ISO 639-1 language code '" + c + "'");
                codes.add(code);
            }
            requireArgument(codes.size() >= 2, "languages needs at least two codes to choose between, got " + codes);
            this.languages = List.copyOf(codes);
            return this;
        }

        public Builder languages(String... isoCodes) {
            return languages(List.of(isoCodes));
        }

        /** Publication date given by the user ({@code --dct}): every article gets it, marked OVERRIDE. */
        public Builder dct(LocalDate date) {
            requireState(dct == null, "dct was already set to " + dct);
            this.dct = Objects.requireNonNull(date, "date");
            return this;
        }

        public Ingest build() {
            return new Ingest(this);
        }

        private static void requireArgument(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }

        private static void requireState(boolean ok, String message) {
            if (!ok) {
                throw new IllegalStateException(message);
            }
        }
    }
}
