package org.parley.statements;

import java.util.List;
import org.parley.pipeline.Component;

/**
 * Who said what: the only entry point of this module. Component "actors" (needs tokens, sentences and mentions;
 * adds actor links and actors) links names, titles, short names and pronouns to the actors registry, a data file
 * of public facts; component "statements" (needs those and paragraphs and timexes; adds statements) finds direct
 * quotes and reported speech with their cue, source, speaker and date. Both are rules over the tokens: fast,
 * stateless after loading the registry, thread-safe.
 *
 * <pre>{@code
 * pipelineBuilder.add(Attribution.actors()).add(Attribution.statements());
 * }</pre>
 */
public final class Attribution {

    private Attribution() {
    }

    /** The component "actors". */
    public static Component actors() {
        return new ActorsComponent(Registry.standard());
    }

    /** The component "statements": put it after "actors". */
    public static Component statements() {
        return new StatementsComponent();
    }

    /** Both, in order. */
    public static List<Component> components() {
        return List.of(actors(), statements());
    }
}
