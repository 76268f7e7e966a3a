package org.parley.events;

import org.parley.pipeline.Component;

/**
 * Negotiation events per article: the only entry point of this module. Component "events" needs tokens,
 * sentences, mentions, timexes, actor links, actors and statements, and adds events: rounds of talks, meetings,
 * proposals, memoranda, ceasefires, agreements, prisoner exchanges, repatriations of bodies and breakdowns of
 * talks, each with a status, the date and place the sentence gives, parties and mediators as actor ids,
 * quantities, the statements it rests on and its evidence sentences. Rules over sentences, no model: a few
 * milliseconds per article, stateless, thread-safe.
 *
 * <p>Conventions the rules keep: a sentence reports at most one event of each type (two dates joined by "and"
 * under a plural trigger, "the second and third rounds on March 3 and March 7", give one event each); a proposal
 * or demand that was made is {@code HAPPENED}, an event someone proposes is {@code PROPOSED}; the date is the
 * nearest day, month or year of the sentence, from inside what someone said when the trigger is inside it; reports
 * of one event in one article (same type and date, places that agree) are one event with several evidence
 * sentences.
 *
 * <pre>{@code
 * pipelineBuilder.add(Attribution.actors()).add(Attribution.statements()).add(EventExtraction.component());
 * }</pre>
 */
public final class EventExtraction {

    private EventExtraction() {
    }

    /** The component "events": put it after "statements". */
    public static Component component() {
        return new EventsComponent();
    }
}
