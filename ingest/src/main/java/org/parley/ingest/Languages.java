package org.parley.ingest;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.model.Problem;

/** Language of a clean body, with Lingua restricted to the languages news about the talks comes in. */
final class Languages {

    static final List<String> DEFAULT = List.of(
            "en", "ru", "uk", "de", "fr", "es", "it", "tr", "pl", "zh", "ar", "be", "pt", "nl", "ja");

    /** Below this many letters no detector is reliable; say "und" rather than guess. */
    static final int MIN_LETTERS = 20;
    /** Language is stable over an article: the head is enough and keeps long texts cheap. */
    private static final int SAMPLE_CHARS = 3000;

    /** Detectors are heavy (models load per language on first use): one per language set, per JVM, built lazily. */
    private static final Map<Set<IsoCode639_1>, LanguageDetector> DETECTORS = new ConcurrentHashMap<>();

    record Detected(String code, List<Problem> problems) {
    }

    private final Set<IsoCode639_1> codes;

    Languages(Set<IsoCode639_1> codes) {
        this.codes = Set.copyOf(codes);
    }

    /** The Lingua code for an ISO 639-1 string, or empty when Lingua does not know it. */
    static java.util.Optional<IsoCode639_1> code(String iso) {
        try {
            IsoCode639_1 c = IsoCode639_1.valueOf(iso.strip().toUpperCase(Locale.ROOT));
            return c == IsoCode639_1.NONE ? java.util.Optional.empty() : java.util.Optional.of(c);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    Detected detect(String text, String input) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        long letters = sample.codePoints().filter(Character::isLetter).count();
        List<Problem> problems = new ArrayList<>();
        if (letters < MIN_LETTERS) {
            problems.add(Problem.of("language.too-short", input,
                    "only " + letters + " letters of text, too few to tell the language; set to 'und'"));
            return new Detected("und", problems);
        }
        // Low-accuracy mode (trigrams only) is as accurate as the full models on paragraph-long text, and it loads
        // a fraction of the memory; bodies here are paragraphs, not single words.
        LanguageDetector detector = DETECTORS.computeIfAbsent(codes, c -> LanguageDetectorBuilder
                .fromIsoCodes639_1(c.toArray(IsoCode639_1[]::new)).withLowAccuracyMode().build());
        Language lang = detector.detectLanguageOf(sample);
        if (lang == Language.UNKNOWN) {
            problems.add(Problem.of("language.undetermined", input,
                    "the language could not be told apart among " + codes.size() + " candidates; set to 'und'"));
            return new Detected("und", problems);
        }
        String iso = lang.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
        if (!iso.equals("en")) {
            problems.add(Problem.of("language.not-english", input,
                    "the text is in '" + iso + "' (" + lang.name().toLowerCase(Locale.ROOT)
                            + "): stored and flagged, not analysed"));
        }
        return new Detected(iso, problems);
    }
}
