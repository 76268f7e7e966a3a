-- Schema v2: every layer in one generic table, the steps of each analysis, agency and fetch time.
-- A layer is stored as the JSON of its record (LayerCodec), keyed by its name, with its class to read it back
-- and its item count for summaries: adding a layer needs no migration.
-- Articles stored under v1 have no steps, so the next ingest analyses them again; their mentions and time
-- expressions, derived data, go with the old tables.

ALTER TABLE articles ADD COLUMN agency VARCHAR;
ALTER TABLE articles ADD COLUMN fetched TIMESTAMP;
ALTER TABLE articles DROP COLUMN has_mentions;
ALTER TABLE articles DROP COLUMN has_timexes;

-- Which step of the analysis met a pipeline problem (null for ingest's).
ALTER TABLE problems ADD COLUMN step INTEGER;

CREATE TABLE steps (
    article_id VARCHAR NOT NULL,
    seq        INTEGER NOT NULL,
    component  VARCHAR NOT NULL,
    version    VARCHAR NOT NULL,
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE layers (
    article_id VARCHAR NOT NULL,
    name       VARCHAR NOT NULL,
    step       INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    type       VARCHAR NOT NULL,
    items      INTEGER NOT NULL,
    data       VARCHAR NOT NULL,
    PRIMARY KEY (article_id, name)
);

DROP TABLE mentions;
DROP TABLE timexes;
