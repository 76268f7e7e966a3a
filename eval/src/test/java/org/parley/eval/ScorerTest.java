package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.eval.Scorer.ErrorKind;
import org.parley.eval.Scorer.FileScore;
import org.parley.eval.TimemlReader.TimemlDoc;
import org.parley.model.Span;
import org.parley.model.Timex;
import org.parley.model.TimexType;

class ScorerTest {

    @Test
    void strictRelaxedTypeAndValue() {
        TimemlDoc doc = TimemlReaderTest.read(TimemlReaderTest.DOC);
        String text = doc.text();
        int march = text.indexOf("March 29");
        int late = text.indexOf("late in the month");
        int envoys = text.indexOf("Envoys");
        List<Timex> system = List.of(
                new Timex(new Span(march - 3, march + 8), TimexType.DATE, "2022-03-29"), // "on March 29": relaxed
                new Timex(new Span(late, late + 17), TimexType.DURATION, "P1M"),         // strict, wrong type/value
                new Timex(new Span(envoys, envoys + 6), TimexType.DATE, "2022"));        // spurious
        FileScore s = Scorer.score("t1", doc, system);
        var c = s.counts();
        assertThat(c.gold()).isEqualTo(2);
        assertThat(c.system()).isEqualTo(3);
        assertThat(c.strict()).isEqualTo(1);
        assertThat(c.relaxed()).isEqualTo(2);
        assertThat(c.typeAccuracy()).isEqualTo(0.5);
        assertThat(c.valueP()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(c.valueR()).isEqualTo(0.5);
        assertThat(c.valueF()).isCloseTo(0.4, within(1e-9));
        assertThat(s.errors()).extracting(Scorer.Error::kind).containsExactly(ErrorKind.VALUE, ErrorKind.SPURIOUS);
        assertThat(s.errors().get(0).line()).contains("\"late in the month\" DATE 2022-03").contains("DURATION P1M");
    }

    @Test
    void aMissIsCountedAndListed() {
        TimemlDoc doc = TimemlReaderTest.read(TimemlReaderTest.DOC);
        FileScore s = Scorer.score("t1", doc, List.of());
        assertThat(s.counts().relaxedR()).isZero();
        assertThat(s.errors()).hasSize(2).allMatch(e -> e.kind() == ErrorKind.MISSED);
    }

    @Test
    void eachSystemExpressionPairsWithOneGoldOnly() {
        TimemlDoc doc = TimemlReaderTest.read(TimemlReaderTest.DOC);
        int march = doc.text().indexOf("March 29");
        int end = doc.text().indexOf("month") + 5;
        // one long system span over both gold expressions pairs with one of them
        FileScore s = Scorer.score("t1", doc, List.of(new Timex(new Span(march, end), TimexType.DATE, "2022-03")));
        assertThat(s.counts().relaxed()).isEqualTo(1);
    }
}
