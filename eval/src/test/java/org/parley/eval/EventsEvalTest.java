package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Span;

/** The events scorer on annotations and findings of our own. */
class EventsEvalTest {

    @TempDir
    Path dir;

    static EventsEval.Gold gold(int start, int end, String type, String status, String date) {
        return new EventsEval.Gold("a.txt", new Span(start, end), type, status, date);
    }

    static EventsEval.Found found(int start, int end, String type, String status, String date) {
        return new EventsEval.Found("a.txt", new Span(start, end), type, status, date);
    }

    @Test
    void threeStrictnesses() {
        List<EventsEval.Gold> gold = List.of(
                gold(0, 50, "TALKS_ROUND", "HAPPENED", "2022-03-29"),
                gold(0, 50, "PROPOSAL", "HAPPENED", "-"),
                gold(60, 100, "CEASEFIRE", "PROPOSED", "-"));
        List<EventsEval.Found> found = List.of(
                found(0, 48, "TALKS_ROUND", "HAPPENED", "XXXX-03-29"), // a year the text did not give
                found(0, 48, "PROPOSAL", "PLANNED", "-"),             // wrong status
                found(60, 100, "CEASEFIRE", "PROPOSED", "2022"),       // wrong date
                found(110, 150, "MEETING", "HAPPENED", "-"));          // nothing annotated there
        EventsEval.Counts c = EventsEval.score(gold, found, null, "");
        assertThat(c.gold()).isEqualTo(3);
        assertThat(c.system()).isEqualTo(4);
        assertThat(c.matched()).containsExactly(3, 2, 2);
    }

    @Test
    void oneFindingMatchesOneAnnotation() {
        List<EventsEval.Gold> gold = List.of(gold(0, 50, "MEETING", "HAPPENED", "-"),
                gold(0, 50, "MEETING", "PLANNED", "-"));
        EventsEval.Counts c = EventsEval.score(gold, List.of(found(0, 50, "MEETING", "PLANNED", "-")), null, "");
        assertThat(c.matched()).containsExactly(1, 1, 1);
    }

    @Test
    void datesWithoutAYearMatchAnyYear() {
        assertThat(EventsEval.sameDate("XXXX-06-02", "2025-06-02")).isTrue();
        assertThat(EventsEval.sameDate("2025-06-02", "XXXX-06-02")).isTrue();
        assertThat(EventsEval.sameDate("XXXX-06-02", "2025-06-03")).isFalse();
        assertThat(EventsEval.sameDate("2025-06", "2025-06-02")).isFalse();
        assertThat(EventsEval.sameDate("-", "-")).isTrue();
        assertThat(EventsEval.sameDate("-", "2025")).isFalse();
    }

    @Test
    void readsFilesSplitsAndEvents() throws IOException {
        Path f = dir.resolve("ann.tsv");
        Files.writeString(f, "# comment\nquiet.txt\tdev\nb.txt\t3\t40\tMEETING\tHAPPENED\t-\ttest\n");
        EventsEval.Annotations a = EventsEval.read(f);
        assertThat(a.splitOf()).containsEntry("quiet.txt", "dev").containsEntry("b.txt", "test");
        assertThat(a.gold()).containsExactly(new EventsEval.Gold("b.txt", new Span(3, 40), "MEETING", "HAPPENED", "-"));
        assertThat(a.only("dev").gold()).isEmpty();
        assertThat(a.only("dev").splitOf()).containsOnlyKeys("quiet.txt");
        Files.writeString(f, "b.txt\t3\t40\tMEETING\n");
        assertThatThrownBy(() -> EventsEval.read(f)).hasMessageContaining("2 or 7");
    }
}
