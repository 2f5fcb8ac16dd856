-- R-ND-04 / R-ND-13: every normative document is reviewed, and whether a draft is one at all is the legal
-- office's finding (规范性文件认定), recorded with its reason, who and when. Portable SQL (H2 2.x, PostgreSQL).

-- the drafter no longer declares whether a draft affects rights and obligations (that was a self-exemption
-- from the legality review); the column keeps what was declared for documents registered before
ALTER TABLE nf_document ALTER COLUMN affects_rights DROP NOT NULL;

-- the drafter's request for identification (their reason), then the legal office's finding
ALTER TABLE nf_document ADD COLUMN identification_requested_reason VARCHAR(2000);
ALTER TABLE nf_document ADD COLUMN identification_finding VARCHAR(20);
ALTER TABLE nf_document ADD COLUMN identification_reason VARCHAR(2000);
ALTER TABLE nf_document ADD COLUMN identified_by VARCHAR(64);
ALTER TABLE nf_document ADD COLUMN identified_at TIMESTAMP;
