-- Issue 10: every case gets a short human reference at registration (documents: a 登记号 before their
-- 文号; decisions: catalogue year and item), kept in the registry; the internal id stays the key.
ALTER TABLE nf_document ADD COLUMN reference VARCHAR(100);
ALTER TABLE nf_decision ADD COLUMN reference VARCHAR(100);
CREATE INDEX ix_nf_document_reference ON nf_document (reference);
CREATE INDEX ix_nf_decision_reference ON nf_decision (reference);

-- the item's place in its year's catalogue (第 n 项), given when the item is added
ALTER TABLE nf_catalogue_item ADD COLUMN item_no INTEGER;
UPDATE nf_catalogue_item SET item_no =
    (SELECT COUNT(*) FROM nf_catalogue_item j WHERE j.catalogue_year = nf_catalogue_item.catalogue_year
        AND j.id <= nf_catalogue_item.id);
