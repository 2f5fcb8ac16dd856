-- Drafting units (起草科室, issue 8): every case records the unit of the drafter who started it; the
-- drafting tasks of the case are offered to that unit's group only, and drafters read their own unit's
-- cases. NULL for cases started before units existed or by the system without a drafter. Portable SQL
-- (H2 2.x, PostgreSQL).

ALTER TABLE nf_document ADD COLUMN drafting_unit VARCHAR(64);
ALTER TABLE nf_decision ADD COLUMN drafting_unit VARCHAR(64);

CREATE INDEX ix_nf_document_process ON nf_document (process_instance_id);
CREATE INDEX ix_nf_decision_process ON nf_decision (process_instance_id);
