-- Schema v1: articles with their problems, mentions and time expressions.
-- Portable SQL on purpose (the same file runs on DuckDB and PostgreSQL): VARCHAR, INTEGER, BIGINT, DATE,
-- TIMESTAMP, BOOLEAN, primary keys and CHECKs only. Tokens and sentences are not stored: they are re-derivable.
-- No foreign keys: DuckDB checks them eagerly inside a transaction, which breaks replace-in-place of an
-- article's children; the store writes an article and its children in one transaction instead.
-- schema_version itself is created by the migration runner, which needs it before any migration runs.

-- Counts every committed NEW/UPDATED put; the Lucene index records the value it has caught up with.
CREATE TABLE store_meta (
    name  VARCHAR PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO store_meta (name, value) VALUES ('generation', 0);

CREATE TABLE articles (
    id             VARCHAR PRIMARY KEY,
    source         VARCHAR NOT NULL,
    outlet         VARCHAR,
    url            VARCHAR,
    title          VARCHAR,
    published      DATE,
    published_from VARCHAR NOT NULL,
    language       VARCHAR NOT NULL,
    text           VARCHAR NOT NULL,
    -- Whether the document carried the layer at all: an English article with no mentions has an empty
    -- layer, an article in another language has none.
    has_mentions   BOOLEAN NOT NULL,
    has_timexes    BOOLEAN NOT NULL,
    fingerprint    VARCHAR NOT NULL,
    -- store_meta.generation at this article's last write: lets the index catch up incrementally.
    generation     BIGINT NOT NULL,
    stored_at      TIMESTAMP NOT NULL
);

CREATE TABLE problems (
    article_id VARCHAR NOT NULL,
    seq        INTEGER NOT NULL,
    origin     VARCHAR NOT NULL CHECK (origin IN ('ingest', 'pipeline')),
    code       VARCHAR NOT NULL,
    message    VARCHAR NOT NULL,
    input      VARCHAR NOT NULL,
    span_start INTEGER,
    span_end   INTEGER,
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    seq        INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    kind       VARCHAR NOT NULL,
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE timexes (
    article_id VARCHAR NOT NULL,
    seq        INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    type       VARCHAR NOT NULL,
    value      VARCHAR NOT NULL,
    PRIMARY KEY (article_id, seq)
);
