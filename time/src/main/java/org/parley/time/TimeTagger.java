package org.parley.time;

import org.parley.pipeline.Component;

/**
 * Parley's TIMEX3 tagger: the only entry point of this module. Its component "time" needs tokens (with
 * part-of-speech and lemma) and sentences and adds timexes: dates, times, durations and sets, normalized against
 * the article's publication date, with news conventions (weekdays by tense, "two days later" from the last date
 * the story named, "the same year", quarters and seasons). Rules over the tokens, no model: fast and
 * thread-safe.
 *
 * <pre>{@code
 * Component time = TimeTagger.builder().build().component();
 * }</pre>
 */
public final class TimeTagger {

    private final boolean narrative;

    private TimeTagger(boolean narrative) {
        this.narrative = narrative;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The pipeline component "time": needs tokens and sentences, adds timexes. */
    public Component component() {
        return new TimeComponent(narrative);
    }

    /** Options; the defaults are what Parley runs. */
    public static final class Builder {
        private boolean narrative = true;

        private Builder() {
        }

        /**
         * Count "two days later", "the same year", "the following week" from the last date the story mentioned
         * (default), or from the publication date like every other relative expression (for comparison).
         */
        public Builder narrativeAnchoring(boolean on) {
            this.narrative = on;
            return this;
        }

        public TimeTagger build() {
            return new TimeTagger(narrative);
        }
    }
}
