-- R-MD-14, issue 24 point 12: the head's decision names the executing unit, the deadline by which the
-- decision is to be carried out (执行时限) and what the executing unit reports back, and when (反馈).
-- Portable SQL (H2 2.x, PostgreSQL).
ALTER TABLE nf_decision ADD COLUMN execution_deadline DATE;
ALTER TABLE nf_decision ADD COLUMN reporting_duty VARCHAR(2000);
-- R-MD-11: the organ's meeting (nf_organ_meeting) that decided the case, per discussion round
ALTER TABLE nf_decision_meeting ADD COLUMN organ_meeting_id BIGINT;
