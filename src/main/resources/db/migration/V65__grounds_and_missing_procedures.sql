-- Issue 9: "minimum with reason" keeps the ground chosen from the configured list next to the
-- explanation (R-MD-04, R-ND-02, R-MD-09); a missing-procedure finding names the procedures to make
-- up (R-MD-18); the review records which version of the draft it reviewed; the consultation keeps
-- the notice as published, with the period and any shortening ground printed in it (713 Art 15).
ALTER TABLE nf_legality_review ADD COLUMN early_opinion_ground VARCHAR(40);
ALTER TABLE nf_legality_review ADD COLUMN missing_procedures VARCHAR(200);
ALTER TABLE nf_legality_review ADD COLUMN case_version INTEGER;
ALTER TABLE nf_consultation ADD COLUMN shortened_ground VARCHAR(40);
ALTER TABLE nf_consultation ADD COLUMN published_notice TEXT;
