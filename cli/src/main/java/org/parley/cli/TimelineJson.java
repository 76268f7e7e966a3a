package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.parley.model.Contradiction;
import org.parley.model.EventReport;
import org.parley.model.TimelineEvent;

/**
 * The JSON of timeline events for {@code parley timeline --format json} and {@code parley event --json}: dates as
 * {@code YYYY[-MM[-DD]]}, absent values as null, actors as {@code {id, name}}.
 */
final class TimelineJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private TimelineJson() {
    }

    static ObjectNode event(TimelineEvent e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("type", e.type().name());
        o.put("status", e.status().name().toLowerCase(java.util.Locale.ROOT));
        put(o, "detail", e.detail());
        put(o, "date", e.date());
        put(o, "until", e.until());
        put(o, "place", e.place());
        o.set("parties", actors(e.parties()));
        o.set("mediators", actors(e.mediators()));
        ObjectNode quantities = o.putObject("quantities");
        e.quantities().forEach(q -> quantities.put(q.what(), q.value()));
        o.put("sources", e.sources());
        o.put("independentSources", e.independentSources());
        Optional<EventReport> first = e.firstReport().flatMap(id -> e.reports().stream()
                .filter(r -> r.article().equals(id)).findFirst());
        if (first.isPresent()) {
            ObjectNode f = o.putObject("firstReport");
            f.put("article", first.get().article());
            put(f, "outlet", first.get().outlet());
            put(f, "published", first.get().published().map(Object::toString));
        } else {
            o.putNull("firstReport");
        }
        ArrayNode contradictions = o.putArray("contradictions");
        for (Contradiction c : e.contradictions()) {
            ObjectNode x = contradictions.addObject();
            x.put("field", c.field());
            ArrayNode versions = x.putArray("versions");
            for (Contradiction.Version v : c.versions()) {
                ObjectNode vo = versions.addObject();
                vo.put("value", v.value());
                v.articles().forEach(vo.putArray("articles")::add);
            }
        }
        return o;
    }

    static void put(ObjectNode o, String field, Optional<String> value) {
        if (value.isPresent()) {
            o.put(field, value.get());
        } else {
            o.putNull(field);
        }
    }

    private static ArrayNode actors(List<TimelineEvent.ActorRef> actors) {
        ArrayNode out = MAPPER.createArrayNode();
        actors.forEach(a -> out.addObject().put("id", a.id()).put("name", a.name()));
        return out;
    }
}
