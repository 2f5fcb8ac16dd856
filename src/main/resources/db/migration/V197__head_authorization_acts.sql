-- R-ND-14 (issue 24 point 8): an authorization names the head's acts it covers (head.HeadAct.Kind names,
-- comma-separated); only those tasks are handed over and only those may the deputy complete.
-- Authorizations recorded before this were told (by their form) that they cover four acts: 签发规范性文件,
-- 决定是否启动决策程序, 作出决策决定 and 中止执行; they keep exactly those (the 713 Art 30 decision only where
-- normflow.organisation.delegate-collective-decision allows it).
-- Portable SQL (H2 2.x, PostgreSQL).

ALTER TABLE nf_head_authorization ADD COLUMN acts VARCHAR(1000);

UPDATE nf_head_authorization SET acts = 'SIGN_DOCUMENT,DECIDE_START,DECIDE_DECISION,SUSPEND_EXECUTION' WHERE acts IS NULL;

ALTER TABLE nf_head_authorization ALTER COLUMN acts SET NOT NULL;
