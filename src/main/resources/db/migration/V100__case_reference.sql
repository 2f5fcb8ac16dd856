-- Issue 13 (auditors' workbench): every normative document and major decision gets a human case reference
-- (案件编号) such as 规2026-003 or 决2026-001, assigned once, in order of registration per kind and year,
-- and kept, so that a reference cited on paper always finds the same case. Portable SQL (H2 2.x, PostgreSQL).
CREATE TABLE nf_case_reference (
    case_id                 VARCHAR(64)   NOT NULL PRIMARY KEY,
    case_kind               VARCHAR(20)   NOT NULL,
    ref_year                INTEGER       NOT NULL,
    ref_seq                 INTEGER       NOT NULL,
    reference               VARCHAR(40)   NOT NULL,
    assigned_at             TIMESTAMP     NOT NULL,
    CONSTRAINT uq_nf_case_reference_seq UNIQUE (case_kind, ref_year, ref_seq),
    CONSTRAINT uq_nf_case_reference UNIQUE (reference)
);
