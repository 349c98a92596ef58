-- The bands a non-confidential edition shows a secret percentage in, as reference data an administrator keeps: each
-- table is in force from its date until the next one. The first table is the product's default, following the
-- Commission's practice in the non-confidential versions of its decisions ([0-5]%, [5-10]%, then ten-point ranges);
-- it is dated 21 September 1990, the day the first Merger Regulation applied, so that it covers every report date.
CREATE TABLE share_band_table (
    id              BIGSERIAL PRIMARY KEY,
    effective_from  DATE NOT NULL UNIQUE,
    upper_bounds    VARCHAR(400) NOT NULL,
    source          VARCHAR(500) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE
);

INSERT INTO share_band_table (effective_from, upper_bounds, source, updated_at)
VALUES ('1990-09-21', '5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100',
        'Competition Desk default, after the European Commission''s practice in the non-confidential versions of its decisions',
        now());
