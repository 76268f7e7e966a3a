package org.parley.events;

import java.util.HashSet;
import java.util.Set;
import org.parley.model.ActorLinks;
import org.parley.model.Actors;
import org.parley.model.Document;
import org.parley.model.Events;
import org.parley.model.Layer;
import org.parley.model.Mentions;
import org.parley.model.Sentences;
import org.parley.model.Statements;
import org.parley.model.Timexes;
import org.parley.model.Tokens;
import org.parley.pipeline.Component;
import org.parley.pipeline.Output;

/** The "events" component: {@link Extractor} over one document's layers. */
final class EventsComponent implements Component {

    @Override
    public String name() {
        return "events";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Set<Class<? extends Layer>> needs() {
        return Set.of(Tokens.class, Sentences.class, Mentions.class, Timexes.class, ActorLinks.class, Actors.class,
                Statements.class);
    }

    @Override
    public Set<Class<? extends Layer>> adds() {
        return Set.of(Events.class);
    }

    @Override
    public Output apply(Document d) {
        // The outlet and the agency of a dateline are who reports, never a party.
        Set<String> reporters = new HashSet<>();
        d.article().agency().ifPresent(reporters::add);
        d.article().outlet().ifPresent(reporters::add);
        var x = new Extractor(d.text(), d.get(Tokens.class).items(), d.get(Sentences.class).items(),
                d.get(Mentions.class).items(), d.get(Timexes.class).items(), d.get(ActorLinks.class).items(),
                d.get(Actors.class).items(), d.get(Statements.class).items(), reporters);
        return Output.of(new Events(x.run()));
    }
}
