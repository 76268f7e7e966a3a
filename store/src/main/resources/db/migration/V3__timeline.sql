-- Schema v3: the cross-article timeline, derived from the stored events and replaced as a whole by the
-- cross-article stage. The filter and order columns are copies of the event's record (kept whole in data) so a
-- filtered, paginated timeline is one indexed query on a large store.

CREATE TABLE timeline_events (
    id          VARCHAR PRIMARY KEY,
    type        VARCHAR NOT NULL,
    -- The event's date range, whole days: 2025-05 covers 2025-05-01 to 2025-05-31. Null when undated.
    date_start  DATE,
    date_end    DATE,
    place       VARCHAR,
    sources     INTEGER NOT NULL,
    data        VARCHAR NOT NULL
);
CREATE INDEX timeline_events_date ON timeline_events (date_start, date_end);

-- Parties and mediators of each event, for the actor filter: the id, and the name in lower case.
CREATE TABLE timeline_actors (
    event_id    VARCHAR NOT NULL,
    actor_id    VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    PRIMARY KEY (event_id, actor_id)
);
CREATE INDEX timeline_actors_actor ON timeline_actors (actor_id);

CREATE TABLE event_datings (
    article_id  VARCHAR PRIMARY KEY,
    data        VARCHAR NOT NULL
);
