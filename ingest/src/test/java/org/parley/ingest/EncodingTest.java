package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Charset detection measured on generated text: sentences written for this test, shuffled into texts of several
 * lengths, encoded in each charset, and decoded without a declaration. Prints the table it asserts on.
 */
class EncodingTest {

    private static final String[] RU = {
        "Делегации России и Украины встретились в Стамбуле впервые за три года.",
        "Министр иностранных дел Турции открыл встречу, которая продолжалась меньше двух часов.",
        "Стороны договорились об обмене военнопленными по формуле тысяча на тысячу.",
        "Российскую делегацию возглавил помощник президента, украинскую — министр обороны.",
        "Во втором раунде переговоров стороны обменялись меморандумами.",
        "В меморандумах каждая сторона изложила свои условия прекращения огня.",
        "Журналисты ждали у входа во дворец до позднего вечера, но заявлений было мало.",
        "Посредники выразили надежду, что следующая встреча пройдёт на более высоком уровне.",
        "Эксперты считают, что гуманитарные вопросы решить легче, чем территориальные.",
        "После переговоров обе стороны заявили о готовности продолжать контакты."};
    private static final String[] UK = {
        "Делегації України та Росії зустрілися в Стамбулі вперше за три роки.",
        "Сторони домовилися про обмін військовополоненими за формулою тисяча на тисячу.",
        "Українську делегацію очолив міністр оборони, російську — помічник президента.",
        "У другому раунді переговорів сторони обмінялися меморандумами щодо припинення вогню.",
        "Посередники висловили сподівання, що наступна зустріч відбудеться на вищому рівні.",
        "Журналісти чекали біля входу до палацу до пізнього вечора."};
    private static final String[] WEST = {
        "Les délégations se sont réunies à Istanbul pour leurs premières négociations directes depuis trois ans.",
        "Die Delegationen trafen sich im Dolmabahçe-Palast; die Gespräche dauerten weniger als zwei Stunden.",
        "“We are ready,” the café owner said as the delegations arrived — the first talks in years.",
        "Las delegaciones acordaron el intercambio de mil prisioneros de guerra por cada parte.",
        "Le ministre turc des Affaires étrangères a ouvert la réunion, qui a duré moins de deux heures.",
        "Beide Seiten tauschten Memoranden aus, in denen sie ihre Bedingungen für eine Waffenruhe darlegten."};

    private static final int[] LENGTHS = {60, 150, 400, 1500};
    private static final int TEXTS = 100;

    @Test
    void undeclaredCharsetsAreDetected() {
        Object[][] cases = {
            {"ru", RU, "windows-1251"}, {"ru", RU, "KOI8-R"}, {"ru", RU, "ISO-8859-5"}, {"ru", RU, "UTF-16LE"},
            {"ru", RU, "UTF-16BE"}, {"uk", UK, "windows-1251"}, {"uk", UK, "KOI8-U"}, {"uk", UK, "ISO-8859-5"},
            {"uk", UK, "UTF-16LE"}, {"west", WEST, "windows-1252"}, {"west", WEST, "ISO-8859-1"},
            {"west", WEST, "UTF-16LE"}, {"west", WEST, "UTF-16BE"}};
        List<String> failures = new ArrayList<>();
        System.out.println("text  charset        " + String.join("  ", java.util.Arrays.stream(LENGTHS)
                .mapToObj(l -> String.format("%5d ch", l)).toList()) + "   (right of " + TEXTS + ")");
        for (Object[] c : cases) {
            Charset cs = Charset.forName((String) c[2]);
            StringBuilder row = new StringBuilder(String.format("%-5s %-13s", c[0], c[2]));
            for (int len : LENGTHS) {
                int right = 0;
                Random random = new Random(len);
                for (int i = 0; i < TEXTS; i++) {
                    byte[] bytes = text((String[]) c[1], len, random).getBytes(cs);
                    String want = new String(bytes, cs); // what the charset can hold ("—" is "?" in KOI8-R)
                    Decoding.Decoded d = Decoding.decode(bytes, Optional.empty(), false, "t");
                    boolean ok = d.text().equals(want) && !Decoding.looksBinary(bytes, bytes.length);
                    right += ok ? 1 : 0;
                    if (!ok && failures.size() < 5) {
                        failures.add(c[2] + "/" + len + ": " + d.problem().map(p -> p.message()).orElse("?"));
                    }
                }
                row.append(String.format("  %5d/%d", right, TEXTS));
                // Short texts carry little statistics; from a paragraph on, every text must be read right.
                if (len >= 150) {
                    assertThat(right).as("%s %s at %d chars: %s", c[0], c[2], len, failures).isEqualTo(TEXTS);
                } else {
                    assertThat(right).as("%s %s at %d chars: %s", c[0], c[2], len, failures).isGreaterThanOrEqualTo(95);
                }
            }
            System.out.println(row);
        }
    }

    @Test
    void textIsNeverTakenForUtf16AndUtf8IsKept() {
        Random random = new Random(1);
        for (String[] lang : List.of(RU, UK, WEST)) {
            for (int len : LENGTHS) {
                String t = text(lang, len, random);
                for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1251"),
                        Charset.forName("windows-1252"))) {
                    byte[] b = t.getBytes(cs);
                    assertThat(Decoding.utf16WithoutBom(b, b.length)).as("%s %s", cs, t).isEmpty();
                }
                byte[] utf8 = t.getBytes(StandardCharsets.UTF_8);
                assertThat(Decoding.decode(utf8, Optional.empty(), false, "t").text()).isEqualTo(t);
            }
        }
    }

    @Test
    void randomBytesAreBinaryWhateverTheirRange() {
        Random random = new Random(9);
        for (int i = 0; i < 50; i++) {
            byte[] high = new byte[2000];
            random.nextBytes(high);
            for (int j = 0; j < high.length; j++) {
                high[j] = (byte) (high[j] | 0x80); // only high bytes: no NUL, no control byte to give it away
            }
            assertThat(Decoding.looksBinary(high, high.length)).isTrue();
            byte[] any = new byte[2000];
            random.nextBytes(any);
            assertThat(Decoding.looksBinary(any, any.length)).isTrue();
        }
    }

    @Test
    void theProblemNamesTheCharsetChosen() {
        byte[] koi8 = String.join(" ", RU).getBytes(Charset.forName("KOI8-R"));
        assertThat(Decoding.decode(koi8, Optional.empty(), false, "t").problem()).hasValueSatisfying(p -> {
            assertThat(p.code()).isEqualTo("encoding.undeclared");
            assertThat(p.message()).contains("detected KOI8-R (read as KOI8-U)");
        });
        byte[] utf16 = String.join(" ", RU).getBytes(StandardCharsets.UTF_16BE);
        assertThat(Decoding.decode(utf16, Optional.empty(), false, "t").problem()).hasValueSatisfying(p ->
                assertThat(p.message()).contains("detected UTF-16BE"));
    }

    private static String text(String[] sentences, int length, Random random) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            b.append(sentences[random.nextInt(sentences.length)]).append(' ');
        }
        return b.substring(0, length).strip();
    }
}
