-- R-ND-12: a normative document that is also a major decision runs the major-decision procedure;
-- both registry records point at each other. Portable SQL (H2 2.x, PostgreSQL).

ALTER TABLE nf_document ADD COLUMN decision_id VARCHAR(64);
ALTER TABLE nf_decision ADD COLUMN document_id VARCHAR(64);

CREATE INDEX ix_nf_document_decision ON nf_document (decision_id);
CREATE INDEX ix_nf_decision_document ON nf_decision (document_id);
