-- Issue 23: the annual figures count recorded facts by their recorded dates.

-- when a draft was withdrawn (the stage alone cannot put a withdrawal in a year); older rows take the
-- last change of the row, which was the withdrawal
ALTER TABLE nf_document ADD COLUMN withdrawn_on DATE;
UPDATE nf_document SET withdrawn_on = CAST(updated_at AS DATE) WHERE stage = 'WITHDRAWN';

-- the structured finding of a report: the risk level of a risk assessment (HIGH / MEDIUM / LOW), the
-- organ's judgement of a risk (CONTROLLABLE / UNCONTROLLABLE)
ALTER TABLE nf_decision_report ADD COLUMN finding VARCHAR(40);
UPDATE nf_decision_report SET finding = 'CONTROLLABLE' WHERE kind = 'RISK_JUDGEMENT' AND content LIKE '决策机关判断：风险可控%';
UPDATE nf_decision_report SET finding = 'UNCONTROLLABLE' WHERE kind = 'RISK_JUDGEMENT' AND finding IS NULL;
-- a post-evaluation's advice; the note that an adjusted decision was started is not an evaluation
UPDATE nf_decision_report SET finding = 'EVALUATED' WHERE kind = 'EVALUATION' AND content LIKE '评估单位：%';

-- nothing ever wrote this table: cleanup results live in nf_cleanup / nf_cleanup_item
DROP TABLE nf_cleanup_result;

-- the dates that put a fact in a year
CREATE INDEX ix_nf_document_created ON nf_document (created_at);
CREATE INDEX ix_nf_document_published ON nf_document (published_on);
CREATE INDEX ix_nf_document_filing_due ON nf_document (filing_due);
CREATE INDEX ix_nf_document_filed ON nf_document (filed_on);
CREATE INDEX ix_nf_document_ended ON nf_document (ended_on);
CREATE INDEX ix_nf_legality_review_reviewed ON nf_legality_review (reviewed_on);
CREATE INDEX ix_nf_consultation_opened ON nf_consultation (opened_on);
CREATE INDEX ix_nf_public_comment_received ON nf_public_comment (received_at);
CREATE INDEX ix_nf_decision_report_kind ON nf_decision_report (kind, created_at);
CREATE INDEX ix_nf_decision_opinion_created ON nf_decision_opinion (created_at);
CREATE INDEX ix_nf_decision_created ON nf_decision (created_at);
