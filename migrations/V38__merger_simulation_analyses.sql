-- A Bertrand merger simulation kept with a market: the demand system, the products (name, firm, price, share,
-- quantity, margin, as the system needs them) as a JSON list, the merging products by name, the calibration, a business-
-- secret mark per kind of input, and the ranges of the sensitivity run with its draws and seed.
CREATE TABLE merger_simulation_analysis (
    id                          BIGSERIAL PRIMARY KEY,
    market_id                   BIGINT         NOT NULL REFERENCES market (id) ON DELETE CASCADE,
    name                        VARCHAR(200)   NOT NULL,
    source                      VARCHAR(1000)  NOT NULL,
    illustrative                BOOLEAN        NOT NULL DEFAULT FALSE,
    demand                      VARCHAR(10)    NOT NULL
        CHECK (demand IN ('LOGIT', 'CES', 'AIDS', 'PCAIDS', 'LINEAR', 'LOGLINEAR')),
    products                    JSONB          NOT NULL,
    merging                     TEXT[]         NOT NULL,
    outside_share_percent       NUMERIC(7, 4)  CHECK (outside_share_percent > 0 AND outside_share_percent < 100),
    calibration_product         VARCHAR(200),
    calibration_margin_percent  NUMERIC(7, 4)  CHECK (calibration_margin_percent > 0 AND calibration_margin_percent < 100),
    own_elasticity              NUMERIC(12, 6) CHECK (own_elasticity < -1),
    market_elasticity           NUMERIC(12, 6) CHECK (market_elasticity < 0),
    aggregate_diversion_percent NUMERIC(7, 4)  CHECK (aggregate_diversion_percent > 0 AND aggregate_diversion_percent <= 100),
    prices_confidential         BOOLEAN        NOT NULL DEFAULT FALSE,
    shares_confidential         BOOLEAN        NOT NULL DEFAULT FALSE,
    margins_confidential        BOOLEAN        NOT NULL DEFAULT FALSE,
    elasticities_confidential   BOOLEAN        NOT NULL DEFAULT FALSE,
    margin_low                  NUMERIC(7, 4),
    margin_high                 NUMERIC(7, 4),
    elasticity_low              NUMERIC(12, 6),
    elasticity_high             NUMERIC(12, 6),
    draws                       INTEGER        CHECK (draws BETWEEN 1 AND 10000),
    seed                        BIGINT,
    version                     BIGINT         NOT NULL DEFAULT 0,
    created_at                  TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at                  TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CHECK (margin_low IS NULL OR (margin_high IS NOT NULL AND margin_low <= margin_high)),
    CHECK (elasticity_low IS NULL OR (elasticity_high IS NOT NULL AND elasticity_low <= elasticity_high))
);
CREATE INDEX merger_simulation_analysis_market_idx ON merger_simulation_analysis (market_id);
