package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ingest.Fixtures.P1;
import static org.parley.ingest.Fixtures.P2;
import static org.parley.ingest.Fixtures.P3;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CleanerTest {

    private static Cleaner.Cleaned clean(String... lines) {
        return Cleaner.clean(String.join("\n", lines));
    }

    @Test
    void keepsParagraphsAndNormalizesSpaceInsideLines() {
        Cleaner.Cleaned c = Cleaner.clean("  " + P1 + " \r\n\r\n\r\n\t" + P2.replace(" ", "\u00A0 ") + "\n\n\n" + P3
                + "\u200B  ");
        assertThat(c.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(c.removed()).isEmpty();
        assertThat(c.headerDate()).isEmpty();
    }

    @Test
    void leadingDateHeaderIsTakenAndDropped() {
        Cleaner.Cleaned c = Cleaner.clean(" date 2025-05-16 " + P1 + "\n\n" + P2);
        assertThat(c.headerDate()).contains("2025-05-16");
        assertThat(c.text()).startsWith("Delegations from Russia");
        // a date later in the text is not a header
        assertThat(Cleaner.clean(P1 + " date 2025-05-16").headerDate()).isEmpty();
    }

    @Test
    void removesEachCategoryWithItsName() {
        Cleaner.Cleaned c = clean("Skip to content", "", "Advertisement", "", P1, "", "Photo: Example Agency/Jane Doe",
                "", "Share this article", "", "Translated by Example Translate", "", P2, "", "12", "", "Leave a comment",
                "", "Your email address will not be published. Required fields are marked *", "",
                "The views expressed in this article are those of the author and do not reflect ours.", "",
                "Related articles:", "", "Talks resume in Geneva", "", "Prisoner exchange completed", "", P3);
        assertThat(c.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(c.removed()).extracting(Cleaner.Removal::category).containsExactly("navigation", "navigation",
                "photo", "share", "translation", "ui", "comments", "comments", "disclaimer", "related", "related",
                "related");
    }

    @Test
    void barMenusBylinesTranslationNoticesAndPublishedLinesGo() {
        Cleaner.Cleaned c = clean("Home | World | Europe | Opinion", "Talks resume in Istanbul", "By Example Wire staff",
                "Facebook | X | Email | Copy link", "Posted on May 16, 2025", "", P1, "",
                "This article was machine-translated from Turkish. Errors are possible; the original prevails.", "",
                P2);
        assertThat(c.text()).isEqualTo("Talks resume in Istanbul\n\n" + P1 + "\n\n" + P2);
        assertThat(c.removed()).extracting(Cleaner.Removal::category)
                .containsExactly("navigation", "byline", "navigation", "published", "translation");
    }

    @Test
    void linkTeasersGoButSentencesEndingInHereStay() {
        String sentence = "The delegations agreed to meet here.";
        Cleaner.Cleaned c = clean(P1, "", "Live updates on the talks here", "", "Click here to follow the talks",
                "", sentence);
        assertThat(c.text()).isEqualTo(P1 + "\n\n" + sentence);
        assertThat(c.removed()).extracting(Cleaner.Removal::category).containsExactly("link", "link");
    }

    @Test
    void sentencesWithBarsOrStartingWithByStay() {
        String withBar = "Delegates said the gap | if any | was small, and talks went on until late.";
        String by = "By Monday evening the delegations had agreed on an exchange of prisoners.";
        Cleaner.Cleaned c = clean(withBar, "", by);
        assertThat(c.text()).isEqualTo(withBar + "\n\n" + by);
    }

    @Test
    void relatedListStopsAtTheFirstSentence() {
        Cleaner.Cleaned c = clean("See also:", "Talks resume in Geneva", P2, "", "A subheading after the story");
        assertThat(c.text()).isEqualTo(P2 + "\n\nA subheading after the story");
    }

    @Test
    void shortLinesInAnotherScriptGoButLongOnesAndInlineWordsStay() {
        String quote = "Переговоры в Стамбуле продолжатся, заявил представитель делегации журналистам после встречи "
                + "в понедельник вечером в отеле у Босфора";
        Cleaner.Cleaned c = clean(P1, "", "Слушать новость", "", P2 + " The word [соглашение] stays.", "", quote);
        assertThat(c.text()).doesNotContain("Слушать").contains("[соглашение]").contains(quote);
        assertThat(c.removed()).extracting(Cleaner.Removal::category).containsExactly("foreign-script");
    }

    @Test
    void menuLikeLinesGoInBlocksAndRunsButALoneSubheadingStays() {
        Cleaner.Cleaned c = clean("World", "Politics", "Opinion", "", P1, "", "Timeline", "", P2, "", "Save",
                "Print", P3);
        assertThat(c.text()).isEqualTo(P1 + "\n\nTimeline\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void headlineIsAShortLineWithoutFullStop() {
        assertThat(Cleaner.leadingHeadline(Fixtures.TITLE + "\n\n" + P1)).contains(Fixtures.TITLE);
        assertThat(Cleaner.leadingHeadline(P1 + "\n\n" + P2)).isEmpty();
        assertThat(Cleaner.leadingHeadline("Too short\n\n" + P1)).isEqualTo(Optional.empty());
    }

    @Test
    void captionsWithGluedOrLabelledCreditsGo() {
        Cleaner.Cleaned c = clean(P1, "", "Delegations take their seats at the palace in IstanbulHARBOURLINE POST/Jane Roe",
                "", "Участники переговоров в зале дворцаФото: Пресс-служба/Иван Петров", "",
                "两国代表团在多尔玛巴赫切宫就座（东港新闻记者李明摄）", "", P2);
        assertThat(c.text()).isEqualTo(P1 + "\n\n" + P2);
        assertThat(c.removed()).extracting(Cleaner.Removal::category).containsOnly("photo");
        // a sentence with a colon and a name in capitals stays
        String kept = "The memorandum, drafted by the UN and Turkey: both sides signed it in Istanbul.";
        assertThat(clean(P1, "", kept).text()).contains(kept);
    }

    @Test
    void postMetadataLinesGoAndTheirDateStaysEvidence() {
        Cleaner.Cleaned c = clean("2 June 2025, 19:40 14 comments World Harbourline staff", "",
                "29 марта 2022, 18:05 8 комментариев Политика Редакция", "", "2025-05-16 20:15 · 评论 12 · 国际", "",
                "2025年6月2日 21:10", "", P1, "", P2, "", "16 May 2025", "", P3);
        // a date alone on its line is metadata at the top, a timeline's subheading further down
        assertThat(c.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n16 May 2025\n\n" + P3);
        assertThat(c.removed()).extracting(Cleaner.Removal::category).containsOnly("published");
        String sentence = "On 2 June 2025 at 19:40 the delegations left the palace by car.";
        assertThat(clean(sentence).text()).isEqualTo(sentence);
    }

    @Test
    void breadcrumbTrailsGo() {
        Cleaner.Cleaned c = clean("Home › World › Europe › Russia-Ukraine talks", "", "首页 > 国际 > 欧洲 > 俄乌谈判", "", P1);
        assertThat(c.text()).isEqualTo(P1);
    }

    @Test
    void cjkParagraphsAreNotTakenForMenuLines() {
        String zh1 = "双方同意各自释放一千名战俘，这是冲突开始以来规模最大的一次交换。";
        String zh2 = "谈判结束后，双方均表示愿意继续接触。";
        String zh3 = "会谈的主要成果";
        Cleaner.Cleaned c = clean(zh1, zh2, zh3, "", zh1);
        assertThat(c.text()).isEqualTo(zh1 + "\n" + zh2 + "\n" + zh3 + "\n\n" + zh1);
    }
}
