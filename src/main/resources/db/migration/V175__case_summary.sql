-- Issue 23 (point 4): the case register reads one row per case from this summary instead of loading every
-- case into the application. CaseSummary derives each row from the registry (document or decision, the
-- latest legality review, fair competition review and cleanup finding, the filing dates) and keeps it up to
-- date when an engine command or another writer changes the case; the years are stored so that "the year of
-- any date" is an indexed filter. Time-dependent flags (overdue) are not stored: the register computes them.
-- The application fills the table for existing cases at start-up (CaseSummary.refreshMissing).
-- Portable SQL (H2 2.x, PostgreSQL).
CREATE TABLE nf_case_summary (
    case_id                 VARCHAR(64)   NOT NULL PRIMARY KEY,
    case_kind               VARCHAR(20)   NOT NULL,
    reference               VARCHAR(100),
    assigned_reference      VARCHAR(40),
    doc_number              VARCHAR(100),
    title                   VARCHAR(500)  NOT NULL,
    drafting_unit           VARCHAR(64),
    issuing_unit            VARCHAR(200),
    stage                   VARCHAR(30)   NOT NULL,
    process_instance_id     VARCHAR(64),
    linked_case_id          VARCHAR(64),
    registered_at           TIMESTAMP     NOT NULL,
    registered_year         INTEGER       NOT NULL,
    published_on            DATE,
    published_year          INTEGER,
    effective_on            DATE,
    effective_year          INTEGER,
    legality_outcome        VARCHAR(30),
    legality_reviewed_on    DATE,
    legality_year           INTEGER,
    fcr_conclusion          VARCHAR(20),
    filing_due              DATE,
    filed_on                DATE,
    filed_year              INTEGER,
    filing_late             BOOLEAN       DEFAULT FALSE NOT NULL,
    cleanup_outcome         VARCHAR(20),
    cleanup_at              TIMESTAMP,
    cleanup_year            INTEGER,
    without_review          BOOLEAN       DEFAULT FALSE NOT NULL,
    refreshed_at            TIMESTAMP     NOT NULL
);

CREATE INDEX ix_nf_case_summary_registered ON nf_case_summary (registered_at);
CREATE INDEX ix_nf_case_summary_reg_year ON nf_case_summary (registered_year);
CREATE INDEX ix_nf_case_summary_unit ON nf_case_summary (drafting_unit);
CREATE INDEX ix_nf_case_summary_stage ON nf_case_summary (stage);
CREATE INDEX ix_nf_case_summary_process ON nf_case_summary (process_instance_id);
CREATE INDEX ix_nf_case_summary_reference ON nf_case_summary (reference);
CREATE INDEX ix_nf_case_summary_published ON nf_case_summary (published_year, published_on);
CREATE INDEX ix_nf_case_summary_effective ON nf_case_summary (effective_year);
CREATE INDEX ix_nf_case_summary_reviewed ON nf_case_summary (legality_year);
CREATE INDEX ix_nf_case_summary_filed ON nf_case_summary (filed_year);
CREATE INDEX ix_nf_case_summary_cleanup ON nf_case_summary (cleanup_year);
CREATE INDEX ix_nf_case_summary_outcome ON nf_case_summary (legality_outcome);
CREATE INDEX ix_nf_case_summary_late ON nf_case_summary (filing_late);
CREATE INDEX ix_nf_case_summary_without ON nf_case_summary (without_review);
CREATE INDEX ix_nf_case_summary_assigned ON nf_case_summary (assigned_reference);

-- what CaseSummary derives a row from, looked up by case: the latest fair competition review of a document,
-- and the cleanup rounds and abolitions an engine command ran
CREATE INDEX ix_nf_fcr_document ON nf_fair_competition_review (document_id);
CREATE INDEX ix_nf_cleanup_process ON nf_cleanup (process_instance_id);
CREATE INDEX ix_nf_abolition_process ON nf_abolition (process_instance_id);
