-- Economic analyses kept with a market: the inputs and their source, each input with its own business-secret mark.
-- The figures are not stored: each time an analysis is shown it runs again on its inputs.

CREATE TABLE market_definition_analysis (
    id                               BIGSERIAL PRIMARY KEY,
    market_id                        BIGINT        NOT NULL REFERENCES market (id) ON DELETE CASCADE,
    name                             VARCHAR(200)  NOT NULL,
    source                           VARCHAR(1000) NOT NULL,
    illustrative                     BOOLEAN       NOT NULL DEFAULT FALSE,
    price_rise_percent               NUMERIC(7, 4) NOT NULL CHECK (price_rise_percent BETWEEN 1 AND 20),
    second_price_rise_percent        NUMERIC(7, 4) CHECK (second_price_rise_percent BETWEEN 1 AND 20),
    margin_percent                   NUMERIC(7, 4) NOT NULL CHECK (margin_percent BETWEEN 0 AND 100),
    margin_confidential              BOOLEAN       NOT NULL DEFAULT FALSE,
    actual_loss_percent              NUMERIC(7, 4) CHECK (actual_loss_percent BETWEEN 0 AND 100),
    actual_loss_confidential         BOOLEAN       NOT NULL DEFAULT FALSE,
    aggregate_diversion_percent      NUMERIC(7, 4) CHECK (aggregate_diversion_percent BETWEEN 0 AND 100),
    aggregate_diversion_confidential BOOLEAN       NOT NULL DEFAULT FALSE,
    version                          BIGINT        NOT NULL DEFAULT 0,
    created_at                       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at                       TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX market_definition_analysis_market_idx ON market_definition_analysis (market_id);

CREATE TABLE unilateral_effects_analysis (
    id                        BIGSERIAL PRIMARY KEY,
    market_id                 BIGINT         NOT NULL REFERENCES market (id) ON DELETE CASCADE,
    name                      VARCHAR(200)   NOT NULL,
    source                    VARCHAR(1000)  NOT NULL,
    illustrative              BOOLEAN        NOT NULL DEFAULT FALSE,
    a_name                    VARCHAR(200)   NOT NULL,
    a_price                   NUMERIC(20, 4) NOT NULL CHECK (a_price > 0),
    a_price_confidential      BOOLEAN        NOT NULL DEFAULT FALSE,
    a_margin_percent          NUMERIC(7, 4)  NOT NULL CHECK (a_margin_percent >= 0 AND a_margin_percent < 100),
    a_margin_confidential     BOOLEAN        NOT NULL DEFAULT FALSE,
    a_share_percent           NUMERIC(7, 4)  NOT NULL CHECK (a_share_percent BETWEEN 0 AND 100),
    a_share_confidential      BOOLEAN        NOT NULL DEFAULT FALSE,
    b_name                    VARCHAR(200)   NOT NULL,
    b_price                   NUMERIC(20, 4) NOT NULL CHECK (b_price > 0),
    b_price_confidential      BOOLEAN        NOT NULL DEFAULT FALSE,
    b_margin_percent          NUMERIC(7, 4)  NOT NULL CHECK (b_margin_percent >= 0 AND b_margin_percent < 100),
    b_margin_confidential     BOOLEAN        NOT NULL DEFAULT FALSE,
    b_share_percent           NUMERIC(7, 4)  NOT NULL CHECK (b_share_percent BETWEEN 0 AND 100),
    b_share_confidential      BOOLEAN        NOT NULL DEFAULT FALSE,
    diversion_ab_percent      NUMERIC(7, 4)  CHECK (diversion_ab_percent BETWEEN 0 AND 100),
    diversion_ba_percent      NUMERIC(7, 4)  CHECK (diversion_ba_percent BETWEEN 0 AND 100),
    diversion_source          VARCHAR(1000),
    diversion_confidential    BOOLEAN        NOT NULL DEFAULT FALSE,
    efficiency_percent        NUMERIC(7, 4)  CHECK (efficiency_percent BETWEEN 0 AND 100),
    efficiency_confidential   BOOLEAN        NOT NULL DEFAULT FALSE,
    version                   BIGINT         NOT NULL DEFAULT 0,
    created_at                TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at                TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CHECK ((diversion_ab_percent IS NULL) = (diversion_ba_percent IS NULL)),
    CHECK (a_share_percent + b_share_percent <= 100)
);
CREATE INDEX unilateral_effects_analysis_market_idx ON unilateral_effects_analysis (market_id);
