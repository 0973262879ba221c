-- InvestScope store schema, version 5 (2: projects.explanation; 3: documents.region; 4: projects' review
-- columns corrected, original, excluded, confirmed, added; 5: projects.merged_into).
-- Portable SQL (SQLite, PostgreSQL): explicit ids assigned by the application, no SQLite-only syntax.
-- Offsets (start_pos, end_pos) are UTF-16 code units into documents.clean_text; amounts are in units of the
-- currency (yuan for CNY); amount_cny is the amount converted to yuan.

CREATE TABLE meta (
    name  VARCHAR(64) PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    file          TEXT NOT NULL,
    path          TEXT NOT NULL,
    title         TEXT,
    byline        TEXT,
    encoding      VARCHAR(32),
    source        VARCHAR(8) NOT NULL,
    original_text TEXT NOT NULL,
    clean_text    TEXT NOT NULL,
    offset_map    BLOB NOT NULL, -- runs of consecutive origins (app/store/offsetpacking.h); or an origin per unit
    region        TEXT -- the city (else province) the article is about
);

CREATE TABLE paragraphs (
    document_id INTEGER NOT NULL REFERENCES documents (id),
    idx         INTEGER NOT NULL,
    start_pos   INTEGER NOT NULL,
    end_pos     INTEGER NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    repeat_of   INTEGER,
    PRIMARY KEY (document_id, idx)
);

CREATE TABLE regions (
    code        VARCHAR(16) PRIMARY KEY,
    name        TEXT NOT NULL,
    level       VARCHAR(12) NOT NULL,
    parent_code VARCHAR(16),
    province    TEXT,
    city        TEXT,
    county      TEXT
);

CREATE TABLE industries (
    code    VARCHAR(16) PRIMARY KEY,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE entities (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents (id),
    type          VARCHAR(16) NOT NULL,
    surface       TEXT NOT NULL,
    start_pos     INTEGER NOT NULL,
    end_pos       INTEGER NOT NULL,
    normalized    TEXT,
    role          VARCHAR(32),
    amount        DOUBLE PRECISION,
    currency      CHAR(3),
    qualifier     VARCHAR(8),
    amount_cny    DOUBLE PRECISION,
    region_code   VARCHAR(16),
    industry_code VARCHAR(16)
);

CREATE TABLE projects (
    id            INTEGER PRIMARY KEY,
    name          TEXT,
    company       TEXT,
    region        TEXT,
    city          TEXT,
    province      TEXT,
    county        TEXT,
    zone          TEXT,
    region_code   VARCHAR(16),
    amount        DOUBLE PRECISION,
    currency      CHAR(3),
    qualifier     VARCHAR(8),
    amount_cny    DOUBLE PRECISION,
    amount_text   TEXT,
    industry_code VARCHAR(16),
    status        VARCHAR(16),
    merge_key     TEXT,
    explanation   TEXT, -- which rule found it and where each field came from, one line each (schema 2)
    corrected     TEXT, -- the fields an analyst corrected, comma-separated (schema 4)
    original      TEXT, -- their values as extracted: a JSON object, field -> text
    excluded      INTEGER NOT NULL DEFAULT 0, -- left out of tables, charts and totals
    confirmed     INTEGER NOT NULL DEFAULT 0, -- checked by an analyst and right
    added         INTEGER NOT NULL DEFAULT 0, -- added by an analyst, not found by the extractor
    merged_into   TEXT -- excluded as a report of the project of this name (schema 5)
);

CREATE TABLE project_mentions (
    project_id  INTEGER NOT NULL REFERENCES projects (id),
    document_id INTEGER NOT NULL REFERENCES documents (id),
    start_pos   INTEGER NOT NULL,
    end_pos     INTEGER NOT NULL
);

CREATE TABLE aggregates (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    surface     TEXT NOT NULL,
    region      TEXT,
    project_count INTEGER,
    amount      DOUBLE PRECISION,
    currency    CHAR(3),
    qualifier   VARCHAR(8),
    amount_cny  DOUBLE PRECISION,
    start_pos   INTEGER NOT NULL,
    end_pos     INTEGER NOT NULL
);

-- Covering: the articles' list is read without the articles' texts.
CREATE INDEX documents_list ON documents (id, file, title, region);
CREATE INDEX entities_document ON entities (document_id, start_pos);
CREATE INDEX entities_type ON entities (type);
CREATE INDEX projects_region ON projects (province, city, county, zone);
CREATE INDEX projects_industry ON projects (industry_code);
CREATE INDEX projects_amount ON projects (amount_cny);
-- The projects table's default order (largest investment first), read from the index without sorting.
CREATE INDEX projects_by_amount ON projects (excluded, (COALESCE(amount_cny, amount, -1)));
-- Covering: the charts, the summary and the filters read a tenth of what a scan of the projects would (their
-- explanations and review notes stay out).
CREATE INDEX projects_figures ON projects (excluded, province, city, county, zone, industry_code, status,
                                           company, currency, amount, amount_cny, corrected, added);
CREATE INDEX projects_status ON projects (status);
CREATE INDEX projects_merge_key ON projects (merge_key);
-- Covering: a project's first report and its number of reports, and the projects an article reports, are read
-- from the index alone.
CREATE INDEX mentions_project ON project_mentions (project_id, document_id, start_pos, end_pos);
CREATE INDEX mentions_document ON project_mentions (document_id);
CREATE INDEX aggregates_document ON aggregates (document_id);
CREATE INDEX regions_parent ON regions (parent_code);
