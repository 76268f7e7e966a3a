package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.eval.TimemlReader.Failed;
import org.parley.eval.TimemlReader.Read;
import org.parley.eval.TimemlReader.TimemlDoc;

/** TimeML written for this test: offsets, entities, the creation time and the problems. */
class TimemlReaderTest {

    static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>t1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2022-03-30" functionInDocument="CREATION_TIME">March 30, 2022</TIMEX3></DCT>
            <TEXT>
            Envoys &amp; aides <EVENT eid="e1">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2022-03-29">March 29</TIMEX3> and again <TIMEX3 tid="t2" type="DATE" value="2022-03" mod="END">late in the month</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    static TimemlDoc read(String xml) {
        return ((Read) TimemlReader.parse("t1.tml", xml)).doc();
    }

    @Test
    void textWithoutTagsAndGoldOffsetsIntoIt() {
        TimemlDoc doc = read(DOC);
        assertThat(doc.text()).isEqualTo("\nEnvoys & aides met on March 29 and again late in the month.\n");
        assertThat(doc.dct()).isEqualTo(LocalDate.of(2022, 3, 30));
        assertThat(doc.timexes()).hasSize(2);
        assertThat(doc.timexes().get(0).span().of(doc.text())).isEqualTo("March 29");
        assertThat(doc.timexes().get(0).value()).isEqualTo("2022-03-29");
        assertThat(doc.timexes().get(1).mod()).isEqualTo(Optional.of("END"));
        assertThat(doc.timexes().get(1).span().of(doc.text())).isEqualTo("late in the month");
    }

    @Test
    void creationTimeFromTheDctElementWhenNoTimexSaysSo() {
        String xml = DOC.replace("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2022-03-30\" "
                + "functionInDocument=\"CREATION_TIME\">March 30, 2022</TIMEX3></DCT>", "<DCT>19980108</DCT>");
        assertThat(read(xml).dct()).isEqualTo(LocalDate.of(1998, 1, 8));
    }

    @Test
    void aFileWithoutCreationTimeIsOneProblem() {
        String xml = DOC.replaceAll("<DCT>.*</DCT>", "");
        var r = TimemlReader.parse("t1.tml", xml);
        assertThat(r).isInstanceOf(Failed.class);
        assertThat(((Failed) r).problem().code()).isEqualTo("timeml.no-dct");
        assertThat(((Failed) r).problem().line()).startsWith("t1.tml: no document creation time");
    }

    @Test
    void malformedMarkupIsOneProblem() {
        var unclosed = TimemlReader.parse("t1.tml", DOC.replace("</TIMEX3>.", "."));
        assertThat(((Failed) unclosed).problem().code()).isEqualTo("timeml.malformed");
        var noText = TimemlReader.parse("t1.tml", DOC.replace("<TEXT>", ""));
        assertThat(((Failed) noText).problem().code()).isEqualTo("timeml.no-text");
        var bareAmpersand = TimemlReader.parse("t1.tml", DOC.replace("&amp;", "& "));
        assertThat(((Failed) bareAmpersand).problem().code()).isEqualTo("timeml.malformed");
    }
}
