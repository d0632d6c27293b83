-- Amnok schema, SQLite dialect. Keep in step with ../postgresql/V1__schema.sql: the two differ only where the
-- dialects must (row ids, booleans, full-text search). Dates and instants are ISO-8601 text in both, so that
-- string order is time order and one query text serves both dialects.

-- One row a report. A report is the same report when its normalized text hashes the same or its URL is the same.
-- seq is an explicit INTEGER PRIMARY KEY so that VACUUM never renumbers the rows the search index points at.
CREATE TABLE documents (
    seq          INTEGER PRIMARY KEY,
    id           TEXT    NOT NULL UNIQUE,
    content_hash TEXT    NOT NULL UNIQUE,
    url          TEXT    UNIQUE,
    source       TEXT,
    title        TEXT,
    published    TEXT,
    lang         TEXT,
    text         TEXT    NOT NULL,
    ingested_at  TEXT    NOT NULL
);
CREATE INDEX documents_source ON documents (source);

CREATE VIRTUAL TABLE document_search USING fts5(text, content = 'documents', content_rowid = 'seq');

CREATE TRIGGER documents_search_insert AFTER INSERT ON documents BEGIN
    INSERT INTO document_search (rowid, text) VALUES (new.seq, new.text);
END;

CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN
    INSERT INTO document_search (document_search, rowid, text) VALUES ('delete', old.seq, old.text);
END;

CREATE TRIGGER documents_search_update AFTER UPDATE OF text ON documents BEGIN
    INSERT INTO document_search (document_search, rowid, text) VALUES ('delete', old.seq, old.text);
    INSERT INTO document_search (rowid, text) VALUES (new.seq, new.text);
END;

-- One row an incident: every field of the spec as a column, plus columns that make the queries index-only:
-- date_from/date_to are the first and last day the date value can mean and span_days the days between them;
-- sort_date is date_from or '0000-00-00', so undated incidents sort last in newest-first order the same way in both
-- dialects; source repeats the document's outlet (a document's outlet never changes once stored); rejected is
-- derived from state and leads every index, because nearly every query leaves rejected incidents out.
-- seq orders incidents that share a date, newest first; as the rowid, SQLite appends it to every index.
CREATE TABLE incidents (
    seq                INTEGER PRIMARY KEY,
    document_id        TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx                INTEGER NOT NULL CHECK (idx >= 0),
    type               TEXT    NOT NULL,
    status             TEXT    NOT NULL,
    scope              TEXT    NOT NULL,
    people_min         INTEGER,
    people_max         INTEGER,
    people_approx      INTEGER NOT NULL CHECK (people_approx IN (0, 1)),
    people_female      INTEGER,
    people_male        INTEGER,
    people_minors      INTEGER,
    people_ages        TEXT    NOT NULL,
    people_group       TEXT,
    agent              TEXT,
    place              TEXT,
    admin1             TEXT,
    country            TEXT,
    location_precision TEXT,
    facility           TEXT,
    lat                REAL,
    lon                REAL,
    date_value         TEXT,
    date_part          TEXT,
    date_from          TEXT,
    date_to            TEXT,
    span_days          INTEGER,
    sort_date          TEXT    NOT NULL,
    fatalities         INTEGER,
    evidence_start     INTEGER NOT NULL,
    evidence_end       INTEGER NOT NULL,
    evidence_text      TEXT    NOT NULL,
    source             TEXT,
    extractor_version  TEXT    NOT NULL,
    state              TEXT    NOT NULL CHECK (state IN ('extracted', 'confirmed', 'edited', 'rejected')),
    rejected           INTEGER GENERATED ALWAYS AS (CASE WHEN state = 'rejected' THEN 1 ELSE 0 END) STORED,
    updated_at         TEXT    NOT NULL,
    UNIQUE (document_id, idx),
    CHECK (evidence_start >= 0 AND evidence_end >= evidence_start)
);
CREATE INDEX incidents_sort ON incidents (rejected, sort_date);
-- Date ranges: a scan of sort_date that checks date_to without reading the rows.
CREATE INDEX incidents_dates ON incidents (rejected, sort_date, date_to);
CREATE INDEX incidents_type ON incidents (rejected, type, sort_date);
CREATE INDEX incidents_status ON incidents (rejected, status, sort_date);
CREATE INDEX incidents_group ON incidents (rejected, people_group, sort_date);
CREATE INDEX incidents_agent ON incidents (rejected, agent, sort_date);
CREATE INDEX incidents_place ON incidents (rejected, place, sort_date);
CREATE INDEX incidents_admin1 ON incidents (rejected, admin1, sort_date);
CREATE INDEX incidents_source ON incidents (rejected, source, sort_date);
-- The longest date span bounds how far back a date-range query must look: max(span_days) reads this index's end.
CREATE INDEX incidents_span ON incidents (span_days);

-- Live and total incident counts, kept by triggers, so that an unfiltered count reads one row instead of scanning
-- every incident.
CREATE TABLE incident_totals (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    live  INTEGER NOT NULL,
    total INTEGER NOT NULL
);
INSERT INTO incident_totals (id, live, total) VALUES (1, 0, 0);

CREATE TRIGGER incidents_count_insert AFTER INSERT ON incidents BEGIN
    UPDATE incident_totals SET live = live + (CASE WHEN new.state = 'rejected' THEN 0 ELSE 1 END),
                               total = total + 1;
END;

CREATE TRIGGER incidents_count_delete AFTER DELETE ON incidents BEGIN
    UPDATE incident_totals SET live = live - (CASE WHEN old.state = 'rejected' THEN 0 ELSE 1 END),
                               total = total - 1;
END;

CREATE TRIGGER incidents_count_update AFTER UPDATE OF state ON incidents BEGIN
    UPDATE incident_totals SET live = live - (CASE WHEN old.state = 'rejected' THEN 0 ELSE 1 END)
                                           + (CASE WHEN new.state = 'rejected' THEN 0 ELSE 1 END);
END;

-- An analyst's word on two incidents (member ids "DOC#INDEX"): keep together (merge) or apart (split). Member ids
-- are not foreign keys: a decision outlives the re-extraction of the incidents it names.
CREATE TABLE decisions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
    member_a   TEXT NOT NULL,
    member_b   TEXT NOT NULL,
    analyst    TEXT NOT NULL,
    decided_at TEXT NOT NULL
);
CREATE INDEX decisions_members ON decisions (member_a, member_b);

-- Who changed what, when: before and after as JSON (null for a creation or a deletion).
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    analyst     TEXT NOT NULL,
    at          TEXT NOT NULL,
    entity      TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, at);
