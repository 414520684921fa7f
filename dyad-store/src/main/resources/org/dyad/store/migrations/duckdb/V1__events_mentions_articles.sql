-- Dyad store, version 1: articles, distinct events, and their mentions (GDELT's events and mentions tables).
CREATE SEQUENCE event_ids START 1;
CREATE SEQUENCE mention_ids START 1;

CREATE TABLE articles (
    id           VARCHAR PRIMARY KEY,
    url          VARCHAR,
    source       VARCHAR,
    published    DATE,
    date_source  VARCHAR NOT NULL,
    lang         VARCHAR NOT NULL,
    title        VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL UNIQUE,
    body         VARCHAR NOT NULL,
    tokens       INTEGER NOT NULL,
    n_events     INTEGER NOT NULL,
    ingested_at  TIMESTAMP NOT NULL
);

CREATE TABLE events (
    id               BIGINT PRIMARY KEY,
    dedup_key        VARCHAR NOT NULL,
    source_code      VARCHAR NOT NULL,
    source_name      VARCHAR NOT NULL,
    source_country   VARCHAR,
    source_sector    VARCHAR,
    target_code      VARCHAR,
    target_name      VARCHAR,
    target_country   VARCHAR,
    target_sector    VARCHAR,
    code             VARCHAR NOT NULL,
    root             VARCHAR NOT NULL,
    name             VARCHAR NOT NULL,
    quad_class       SMALLINT NOT NULL,
    goldstein        DOUBLE NOT NULL,
    plover           VARCHAR NOT NULL,
    factuality       VARCHAR NOT NULL,
    date_iso         VARCHAR,
    date_precision   VARCHAR,
    day              DATE NOT NULL,
    window_from      DATE NOT NULL,
    window_to        DATE NOT NULL,
    year_only        BOOLEAN NOT NULL,
    latest_article   DATE NOT NULL,
    place_name       VARCHAR,
    place_country    VARCHAR,
    place_admin1     VARCHAR,
    place_geonameid  INTEGER,
    latitude         DOUBLE,
    longitude        DOUBLE,
    first_seen       DATE NOT NULL,
    first_article    VARCHAR NOT NULL,
    source_url       VARCHAR,
    n_mentions       INTEGER NOT NULL,
    n_articles       INTEGER NOT NULL,
    outlets          VARCHAR NOT NULL
);
CREATE INDEX events_dedup_key ON events (dedup_key);
CREATE INDEX events_day ON events (day);

CREATE TABLE mentions (
    id               BIGINT PRIMARY KEY,
    event_id         BIGINT NOT NULL,
    article_id       VARCHAR NOT NULL,
    sentence         INTEGER NOT NULL,
    sentence_begin   INTEGER NOT NULL,
    sentence_end     INTEGER NOT NULL,
    code             VARCHAR NOT NULL,
    trigger_text     VARCHAR NOT NULL,
    trigger_begin    INTEGER NOT NULL,
    trigger_end      INTEGER NOT NULL,
    source_text      VARCHAR NOT NULL,
    source_begin     INTEGER NOT NULL,
    source_end       INTEGER NOT NULL,
    target_text      VARCHAR,
    target_begin     INTEGER,
    target_end       INTEGER,
    factuality       VARCHAR NOT NULL,
    attribution_text VARCHAR,
    attribution_code VARCHAR,
    date_iso         VARCHAR,
    date_text        VARCHAR,
    place_text       VARCHAR,
    place_begin      INTEGER,
    place_end        INTEGER,
    confidence       DOUBLE NOT NULL,
    evidence         VARCHAR NOT NULL,
    via              VARCHAR NOT NULL
);
CREATE INDEX mentions_event ON mentions (event_id);
CREATE INDEX mentions_article ON mentions (article_id);
