-- Issue 22, R-MD-01: one way to each act of the catalogue. The year's catalogue is kept by one Tasklist
-- case (process decision-catalogue): its compile, approval and publication steps change it, nothing else.
-- A second case for the same year, or any other writer, would leave a case waiting at a step its
-- catalogue has already passed (「已公布，不能重复批准」), so the owning case is recorded.
ALTER TABLE nf_catalogue ADD COLUMN case_id VARCHAR(64);
