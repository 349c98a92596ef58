-- Merger-control thresholds as reference data an administrator maintains (page /admin/merger-thresholds): one
-- figure set per jurisdiction and effective date, each figure with its unit, and the source it comes from. A set
-- whose figures still have to be checked against the primary text says so in verification_note, and every page
-- and finding that uses it repeats the note.
CREATE TABLE merger_figure_set (
    id                BIGSERIAL     PRIMARY KEY,
    jurisdiction      VARCHAR(2)    NOT NULL CHECK (jurisdiction IN ('EU', 'UK', 'US')),
    effective_from    DATE          NOT NULL,
    source            VARCHAR(500)  NOT NULL,
    verification_note VARCHAR(500),
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (jurisdiction, effective_from)
);

CREATE TABLE merger_figure (
    set_id BIGINT         NOT NULL REFERENCES merger_figure_set (id) ON DELETE CASCADE,
    figure VARCHAR(40)    NOT NULL,
    amount NUMERIC(20, 4) NOT NULL CHECK (amount >= 0),
    unit   VARCHAR(7)     NOT NULL CHECK (unit IN ('EUR', 'GBP', 'USD', 'PERCENT')),
    PRIMARY KEY (set_id, figure)
);

-- EU: the Merger Regulation's own figures, unchanged since it applied.
INSERT INTO merger_figure_set (jurisdiction, effective_from, source) VALUES
    ('EU', '2004-05-01', 'Council Regulation (EC) No 139/2004 (EU Merger Regulation), Art. 1(2) and 1(3), OJ L 24, 29.1.2004, p. 1');
INSERT INTO merger_figure (set_id, figure, amount, unit)
SELECT s.id, f.figure, f.amount, 'EUR' FROM merger_figure_set s, (VALUES
    ('EU_1_2_COMBINED_WORLDWIDE', 5000000000),
    ('EU_1_2_EACH_UNION', 250000000),
    ('EU_1_3_COMBINED_WORLDWIDE', 2500000000),
    ('EU_1_3_COMBINED_MEMBER_STATE', 100000000),
    ('EU_1_3_EACH_MEMBER_STATE', 25000000),
    ('EU_1_3_EACH_UNION', 100000000)) AS f (figure, amount)
 WHERE s.jurisdiction = 'EU';

-- UK: section 23 of the Enterprise Act 2002 as amended by the Digital Markets, Competition and Consumers Act 2024.
INSERT INTO merger_figure_set (jurisdiction, effective_from, source, verification_note) VALUES
    ('UK', '2025-01-01', 'Enterprise Act 2002, s.23, as amended by the Digital Markets, Competition and Consumers Act 2024 (Schedule 4), in force from 1 January 2025',
     'Figures taken from secondary sources: check each against the Act before relying on them');
INSERT INTO merger_figure (set_id, figure, amount, unit)
SELECT s.id, f.figure, f.amount, f.unit FROM merger_figure_set s, (VALUES
    ('UK_TARGET_TURNOVER', 100000000, 'GBP'),
    ('UK_SHARE_OF_SUPPLY', 25, 'PERCENT'),
    ('UK_HYBRID_SHARE', 33, 'PERCENT'),
    ('UK_HYBRID_TURNOVER', 350000000, 'GBP'),
    ('UK_SAFE_HARBOUR_TURNOVER', 10000000, 'GBP')) AS f (figure, amount, unit)
 WHERE s.jurisdiction = 'UK';

-- US: the HSR thresholds the FTC revises every year (15 U.S.C. 18a(a)(2)); 2025's from its notice.
INSERT INTO merger_figure_set (jurisdiction, effective_from, source, verification_note) VALUES
    ('US', '2025-02-21', 'FTC, Revised Jurisdictional Thresholds for Section 7A of the Clayton Act (2025), Federal Register, January 2025',
     'Check the effective date against the notice; the next year''s figures must be added when the FTC publishes them');
INSERT INTO merger_figure (set_id, figure, amount, unit)
SELECT s.id, f.figure, f.amount, 'USD' FROM merger_figure_set s, (VALUES
    ('US_SIZE_OF_TRANSACTION', 126400000),
    ('US_SIZE_OF_PERSON_SMALLER', 25300000),
    ('US_SIZE_OF_PERSON_LARGER', 252900000),
    ('US_UPPER_THRESHOLD', 505800000)) AS f (figure, amount)
 WHERE s.jurisdiction = 'US';
