package org.parley.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.parley.model.Actor;
import org.parley.model.Actors;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Events;
import org.parley.model.PublishedEstimate;
import org.parley.model.Timeline;
import org.parley.store.Store;

/**
 * Reads what the merge needs from the store in four passes, each in id order (so the same store gives the same
 * input): the events, the names of their actors, the one-day publication estimates, and the articles themselves
 * (for copies and owners). Only articles with events are kept in memory, and of their text only the shingles.
 */
final class TimelineStage {

    private TimelineStage() {
    }

    static Timeline run(Store store, Link link) {
        Map<String, Events> events = new TreeMap<>();
        Set<String> actorIds = new HashSet<>();
        store.eachLayer(Events.class, (id, layer) -> {
            if (!layer.items().isEmpty()) {
                events.put(id, layer);
                layer.items().forEach(e -> {
                    actorIds.addAll(e.parties());
                    actorIds.addAll(e.mediators());
                });
            }
        });
        if (events.isEmpty()) {
            return Timeline.EMPTY;
        }
        Map<String, String> names = new HashMap<>();
        store.eachLayer(Actors.class, (id, layer) -> {
            if (events.containsKey(id)) {
                for (Actor a : layer.items()) {
                    if (actorIds.contains(a.id())) {
                        names.putIfAbsent(a.id(), a.name());
                    }
                }
            }
        });
        Map<String, LocalDate> estimates = new HashMap<>();
        store.eachLayer(PublishedEstimate.class, (id, layer) -> {
            if (events.containsKey(id)) {
                layer.day().ifPresent(d -> estimates.put(id, d));
            }
        });
        List<Article> articles = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<long[]> shingles = new ArrayList<>();
        List<Optional<String>> owners = new ArrayList<>();
        store.eachArticle(a -> {
            if (events.containsKey(a.id())) {
                // The text is dropped here: only its shingles are needed to find copies.
                articles.add(new Article(a.id(), a.source(), a.outlet(), a.agency(), a.url(), a.title(),
                        a.published(), a.publishedFrom(), a.fetched(), a.language(), "", List.of()));
                ids.add(a.id());
                shingles.add(MinHash.shingles(a.bodyText()));
                owners.add(link.owner(a));
            }
        });
        Link.Groups groups = link.groups(ids, shingles, owners);
        List<Merger.Report> reports = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            Merger.Source source = new Merger.Source(a.id(), a.title(), a.outlet(),
                    a.published().or(() -> Optional.ofNullable(estimates.get(a.id()))), a.published().isPresent(),
                    groups.copies()[i], owners.get(i).orElse("?" + a.id()));
            for (Event e : events.get(a.id()).items()) {
                reports.add(new Merger.Report(source, e));
            }
        }
        return new Merger(names).merge(reports);
    }
}
