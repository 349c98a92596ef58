-- A key date may be a statutory target: a date a text asks the authority to endeavour to meet (the DMA's market
-- investigation, Art. 17), shown apart from the binding deadlines.
ALTER TABLE case_key_date DROP CONSTRAINT case_key_date_kind_check;
ALTER TABLE case_key_date
    ADD CONSTRAINT case_key_date_kind_check
        CHECK (kind IN ('STATUTORY_DEADLINE', 'STATUTORY_TARGET', 'INTERNAL_DEADLINE', 'MILESTONE'));
