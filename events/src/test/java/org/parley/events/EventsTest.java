package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventPlace;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Quantity;

/** Events on sentences of our own writing: each type, each status, dates, places, parties, merging, ids. */
class EventsTest {

    private static Event only(List<Event> events, EventType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertThat(of).as("%s among %s", type, events).hasSize(1);
        return of.get(0);
    }

    private static String date(Event e) {
        return e.date().map(EventDate::value).orElse("-");
    }

    private static String place(Event e) {
        return e.place().map(EventPlace::name).orElse("-");
    }

    @Test
    void aRoundHeldWithItsDayAndPlace() {
        Event e = only(Docs.events("The second round of talks between Russia and Ukraine was held in Istanbul on "
                + "June 2, 2025."), EventType.TALKS_ROUND);
        assertThat(e.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(date(e)).isEqualTo("2025-06-02");
        assertThat(place(e)).isEqualTo("Istanbul");
        assertThat(e.parties()).containsExactly("Q159", "Q212");
        assertThat(e.evidence()).hasSize(1);
    }

    @Test
    void aVenueIsKeyedByItsCity() {
        Event e = only(Docs.events("The last face-to-face talks took place at the Dolmabahce Palace in Istanbul"
                + " at the end of March 2022."), EventType.TALKS_ROUND);
        assertThat(place(e)).isEqualTo("Istanbul");
        assertThat(date(e)).isEqualTo("2022-03");
    }

    @Test
    void aRoundThatWillBeHeldIsPlanned() {
        Event e = only(Docs.events("The delegations will hold a new round of talks in Istanbul on July 23."),
                EventType.TALKS_ROUND);
        assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(date(e)).isEqualTo("2025-07-23");
    }

    @Test
    void aProposedMeetingWithARangeOfDays() {
        List<Event> events = Docs.events("Kyiv has proposed to hold the next meeting between June 20 and June 30.");
        // The next meeting of the delegations is the next round.
        Event e = only(events, EventType.TALKS_ROUND);
        assertThat(e.status()).isEqualTo(EventStatus.PROPOSED);
        assertThat(e.date().map(EventDate::value)).contains("2025-06-20");
        assertThat(e.date().flatMap(EventDate::until)).contains("2025-06-30");
        assertThat(events).noneMatch(x -> x.type() == EventType.PROPOSAL);
    }

    @Test
    void aHostIsAMediatorNotAParty() {
        Event e = only(Docs.events("Ankara offered to host another round of negotiations between Moscow and Kyiv."),
                EventType.TALKS_ROUND);
        assertThat(e.status()).isEqualTo(EventStatus.PROPOSED);
        assertThat(e.mediators()).containsExactly("Q43");
        assertThat(e.parties()).containsExactly("Q159", "Q212");
    }

    @Test
    void talksDeniedAndRefusals() {
        Event denied = only(Docs.events("The Kremlin denied that any talks were held in Abu Dhabi in March."),
                EventType.TALKS_ROUND);
        assertThat(denied.status()).isEqualTo(EventStatus.DENIED);
        Event refused = only(Docs.events("In September 2022, Zelensky refused to negotiate with Putin."),
                EventType.BREAKDOWN);
        assertThat(refused.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(date(refused)).isEqualTo("2022-09");
        Event never = only(Docs.events("Russia has never rejected peace talks, Putin said."), EventType.BREAKDOWN);
        assertThat(never.status()).isEqualTo(EventStatus.DENIED);
        Event suspended = only(Docs.events("In April, Kyiv suspended the talks."), EventType.BREAKDOWN);
        assertThat(suspended.status()).isEqualTo(EventStatus.HAPPENED);
    }

    @Test
    void aMeetingThatCouldTakePlaceIsHypothetical() {
        Event e = only(Docs.events("A meeting between Putin and Zelensky could take place if the memorandum is"
                + " agreed."), EventType.MEETING);
        assertThat(e.status()).isEqualTo(EventStatus.HYPOTHETICAL);
        assertThat(e.parties()).containsExactly("Q7747", "Q3874799");
    }

    @Test
    void ceasefireCallsDeclarationsAndViolations() {
        Event call = only(Docs.events("On Monday, the Turkish president called for an immediate ceasefire."),
                EventType.CEASEFIRE);
        assertThat(call.status()).isEqualTo(EventStatus.PROPOSED);
        assertThat(call.detail()).contains("call");
        Event violation = only(Docs.events("Kyiv accused Moscow of violating the Easter truce on April 20."),
                EventType.CEASEFIRE);
        assertThat(violation.detail()).contains("violation");
        assertThat(violation.status()).isEqualTo(EventStatus.HAPPENED);
        Event declared = only(Docs.events("Putin declared a three-day truce from May 8 to May 10."),
                EventType.CEASEFIRE);
        assertThat(declared.detail()).contains("declaration");
        assertThat(declared.date()).map(EventDate::until).contains(Optional.of("2025-05-10"));
    }

    @Test
    void agreementsSignedAndRejected() {
        Event signed = only(Docs.events("Both sides signed the grain deal in Istanbul on July 22, 2022."),
                EventType.AGREEMENT);
        assertThat(signed.detail()).contains("signed");
        assertThat(date(signed)).isEqualTo("2022-07-22");
        Event rejected = only(Docs.events("Moscow rejected the peace deal drawn up in Washington."),
                EventType.AGREEMENT);
        assertThat(rejected.detail()).contains("rejected");
    }

    @Test
    void anExchangeWithItsNumbers() {
        Event e = only(Docs.events("On May 23, Russia and Ukraine exchanged 390 prisoners each, the first stage of"
                + " a 1,000-for-1,000 swap."), EventType.PRISONER_EXCHANGE);
        assertThat(e.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(date(e)).isEqualTo("2025-05-23");
        assertThat(e.quantities()).extracting(Quantity::what, Quantity::value)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("prisoners", 390L),
                        org.assertj.core.groups.Tuple.tuple("prisoners", 1000L));
    }

    @Test
    void bodiesAreARepatriationNotAnExchange() {
        List<Event> events = Docs.events("In June, Ukraine received the bodies of 6,000 fallen soldiers.");
        Event e = only(events, EventType.REPATRIATION);
        assertThat(e.quantities()).extracting(Quantity::what, Quantity::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bodies", 6000L));
        assertThat(events).noneMatch(x -> x.type() == EventType.PRISONER_EXCHANGE);
    }

    @Test
    void memorandaAndDemands() {
        Event memo = only(Docs.events("The delegations exchanged memoranda on June 2."), EventType.MEMORANDUM);
        assertThat(memo.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(date(memo)).isEqualTo("2025-06-02");
        List<Event> events = Docs.events("Russia put forward four demands at the first round in Belarus.");
        assertThat(only(events, EventType.PROPOSAL).status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(place(only(events, EventType.TALKS_ROUND))).isEqualTo("Belarus");
    }

    @Test
    void genericTalkIsNoEvent() {
        assertThat(Docs.events("Moscow is ready for talks. The weather in Geneva was fine on Monday.")).isEmpty();
    }

    @Test
    void pluralRoundsWithTwoDaysAreTwoEvents() {
        List<Event> rounds = Docs.events("The second and third rounds were held on March 3 and March 7, 2022 in "
                + "Belovezhskaya Pushcha.").stream().filter(e -> e.type() == EventType.TALKS_ROUND).toList();
        assertThat(rounds).extracting(EventsTest::date).containsExactly("2022-03-03", "2022-03-07");
        assertThat(rounds).extracting(EventsTest::place).containsOnly("Belovezhskaya Pushcha");
        assertThat(rounds.get(0).id()).isNotEqualTo(rounds.get(1).id());
    }

    @Test
    void reportsOfOneEventMergeAndOthersDoNot() {
        String text = "The first round was held in Istanbul on May 16. Delegations met in Istanbul on May 16 for"
                + " two hours. The second round of talks took place on June 2.";
        List<Event> rounds = Docs.events(text).stream().filter(e -> e.type() == EventType.TALKS_ROUND).toList();
        assertThat(rounds).hasSize(2);
        assertThat(rounds.get(0).evidence()).hasSize(2);
        assertThat(date(rounds.get(0))).isEqualTo("2025-05-16");
        assertThat(date(rounds.get(1))).isEqualTo("2025-06-02");
    }

    @Test
    void theDateOfSayingIsNotTheDateOfTheEvent() {
        String text = "On June 10, Peskov said that the next round would be held on June 20.";
        Event e = only(Docs.events(text, "the next round would be held on June 20"), EventType.TALKS_ROUND);
        assertThat(date(e)).isEqualTo("2025-06-20");
        assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(e.statements()).containsExactly("st-" + text.indexOf("the next"));
        Event undated = only(Docs.events("On June 10, Peskov said that the talks were held.", "the talks were held"),
                EventType.TALKS_ROUND);
        assertThat(undated.date()).isEmpty();
    }

    @Test
    void theWireThatReportsIsNoParty() {
        String text = "ISTANBUL (Example Wire) - Russia and Ukraine exchanged 84 prisoners on Friday.";
        var d = Docs.base(text, Optional.of("Example Wire"));
        var events = ((org.parley.model.Events) EventExtraction.component().apply(d).layers().get(0)).items();
        assertThat(only(events, EventType.PRISONER_EXCHANGE).parties()).containsExactly("Q159", "Q212");
        assertThat(only(Docs.events(text), EventType.PRISONER_EXCHANGE).parties()).contains("wire");
    }

    @Test
    void idsAreStable() {
        String text = "The delegations exchanged memoranda on June 2. Kyiv suspended the talks in April.";
        assertThat(Docs.events(text)).extracting(Event::id).isEqualTo(Docs.events(text).stream().map(Event::id)
                .toList()).doesNotHaveDuplicates().allMatch(id -> id.startsWith("ev-"));
    }
}
