-- Vertical price pressure kept with a market (Moresi and Salop 2013): the upstream supplier of an input, the merging
-- downstream unit and one downstream rival buying the input, each figure with its own business-secret mark.
CREATE TABLE vertical_effects_analysis (
    id                                BIGSERIAL PRIMARY KEY,
    market_id                         BIGINT         NOT NULL REFERENCES market (id) ON DELETE CASCADE,
    name                              VARCHAR(200)   NOT NULL,
    source                            VARCHAR(1000)  NOT NULL,
    illustrative                      BOOLEAN        NOT NULL DEFAULT FALSE,
    upstream_name                     VARCHAR(200)   NOT NULL,
    input_cost                        NUMERIC(20, 4) NOT NULL CHECK (input_cost >= 0),
    input_cost_confidential           BOOLEAN        NOT NULL DEFAULT FALSE,
    downstream_name                   VARCHAR(200)   NOT NULL,
    downstream_price                  NUMERIC(20, 4) NOT NULL CHECK (downstream_price > 0),
    downstream_price_confidential     BOOLEAN        NOT NULL DEFAULT FALSE,
    downstream_margin_percent         NUMERIC(7, 4)  NOT NULL
        CHECK (downstream_margin_percent >= 0 AND downstream_margin_percent < 100),
    downstream_margin_confidential    BOOLEAN        NOT NULL DEFAULT FALSE,
    internal_input_price              NUMERIC(20, 4) CHECK (internal_input_price >= 0),
    internal_input_price_confidential BOOLEAN        NOT NULL DEFAULT FALSE,
    rival_name                        VARCHAR(200)   NOT NULL,
    rival_price                       NUMERIC(20, 4) NOT NULL CHECK (rival_price > 0),
    rival_price_confidential          BOOLEAN        NOT NULL DEFAULT FALSE,
    rival_input_price                 NUMERIC(20, 4) NOT NULL CHECK (rival_input_price > 0),
    rival_input_price_confidential    BOOLEAN        NOT NULL DEFAULT FALSE,
    diversion_to_merging_percent      NUMERIC(7, 4)  NOT NULL CHECK (diversion_to_merging_percent BETWEEN 0 AND 100),
    diversion_from_merging_percent    NUMERIC(7, 4)  NOT NULL
        CHECK (diversion_from_merging_percent BETWEEN 0 AND 100),
    diversion_source                  VARCHAR(1000),
    diversion_confidential            BOOLEAN        NOT NULL DEFAULT FALSE,
    pass_through_percent              NUMERIC(7, 4)  CHECK (pass_through_percent BETWEEN 0 AND 200),
    pass_through_confidential         BOOLEAN        NOT NULL DEFAULT FALSE,
    -- Profit weights of a partial ownership (O'Brien and Salop); absent, a merger: both 100.
    supplier_weight_percent           NUMERIC(7, 4)  CHECK (supplier_weight_percent BETWEEN 0 AND 100),
    downstream_weight_percent         NUMERIC(7, 4)  CHECK (downstream_weight_percent BETWEEN 0 AND 100),
    version                           BIGINT         NOT NULL DEFAULT 0,
    created_at                        TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at                        TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX vertical_effects_analysis_market_idx ON vertical_effects_analysis (market_id);
