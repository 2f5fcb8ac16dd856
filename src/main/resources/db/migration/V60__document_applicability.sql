-- Issue 9 (R-ND-13, R-MD-18, R-ND-03, R-ND-12): which procedures apply to a normative document is the legal
-- office's finding on the drafter's account, never the drafter's ticks. Portable SQL (H2 2.x, PostgreSQL).

-- the drafter's account: what was claimed and why (concerns_market / major_decision hold the confirmed facts
-- once the legal office has found them)
ALTER TABLE nf_document ADD COLUMN claimed_market BOOLEAN;
ALTER TABLE nf_document ADD COLUMN market_account VARCHAR(2000);
ALTER TABLE nf_document ADD COLUMN claimed_major_decision BOOLEAN;
ALTER TABLE nf_document ADD COLUMN major_decision_account VARCHAR(2000);

-- the legal office's finding, besides identification_finding / _reason / identified_by / identified_at (V31):
-- fair competition review applies? the major-decision track applies? each with its reason
ALTER TABLE nf_document ADD COLUMN fcr_applies BOOLEAN;
ALTER TABLE nf_document ADD COLUMN fcr_finding_reason VARCHAR(2000);
ALTER TABLE nf_document ADD COLUMN major_decision_applies BOOLEAN;
ALTER TABLE nf_document ADD COLUMN track_finding_reason VARCHAR(2000);
