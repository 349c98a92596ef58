-- A figure set belongs to a law rather than a jurisdiction: the US has two, revised on their own dates (the HSR
-- figures thirty days after the FTC's notice is published, the Clayton Act s.8 figures on publication). The three
-- existing laws keep their sets; the s.8 sets of 2024, 2025 and 2026 join them.
ALTER TABLE merger_figure_set ADD COLUMN law VARCHAR(12);
UPDATE merger_figure_set
   SET law = CASE jurisdiction WHEN 'EU' THEN 'EUMR' WHEN 'UK' THEN 'EA2002_S23' ELSE 'HSR' END;
ALTER TABLE merger_figure_set ALTER COLUMN law SET NOT NULL;
ALTER TABLE merger_figure_set
    ADD CONSTRAINT merger_figure_set_law_check CHECK (law IN ('EUMR', 'EA2002_S23', 'HSR', 'CLAYTON_8'));
ALTER TABLE merger_figure_set DROP COLUMN jurisdiction;
ALTER TABLE merger_figure_set ADD CONSTRAINT merger_figure_set_law_effective_from_key UNIQUE (law, effective_from);

-- 15 U.S.C. 19(a)(1): each corporation has "capital, surplus, and undivided profits aggregating more than
-- $10,000,000"; 19(a)(2)(A): none is covered if "the competitive sales of either corporation are less than
-- $1,000,000"; both as adjusted under 19(a)(5), in force on publication of the notice.
INSERT INTO merger_figure_set (law, effective_from, source, verification_note) VALUES
    ('CLAYTON_8', '2024-01-22', 'FTC, Revised Jurisdictional Thresholds for Section 8 of the Clayton Act, 89 FR 3926 (FR Doc. 2024-00929), 22 January 2024, effective on publication',
     'Figures (USD 48,559,000 and 4,855,900) from the FTC''s announcement of 12 January 2024: check them against the Federal Register text'),
    ('CLAYTON_8', '2025-01-22', 'FTC, Revised Jurisdictional Thresholds for Section 8 of the Clayton Act, 90 FR 7697 (FR Doc. 2025-01513), 22 January 2025, effective on publication',
     NULL),
    ('CLAYTON_8', '2026-01-16', 'FTC, Revised Jurisdictional Thresholds for Section 8 of the Clayton Act (2026), Federal Register, effective on publication',
     'Figures (USD 54,402,000 and 5,440,200) from the FTC''s announcement of 14 January 2026; the publication date (16 January 2026, the day the HSR notice was published) from secondary sources: check both against the Federal Register');
INSERT INTO merger_figure (set_id, figure, amount, unit)
SELECT s.id, f.figure, f.amount, 'USD' FROM merger_figure_set s, (VALUES
    ('2024-01-22'::date, 'US_INTERLOCK_CAPITAL', 48559000),
    ('2024-01-22'::date, 'US_INTERLOCK_COMPETITIVE_SALES', 4855900),
    ('2025-01-22'::date, 'US_INTERLOCK_CAPITAL', 51380000),
    ('2025-01-22'::date, 'US_INTERLOCK_COMPETITIVE_SALES', 5138000),
    ('2026-01-16'::date, 'US_INTERLOCK_CAPITAL', 54402000),
    ('2026-01-16'::date, 'US_INTERLOCK_COMPETITIVE_SALES', 5440200)) AS f (effective_from, figure, amount)
 WHERE s.law = 'CLAYTON_8' AND s.effective_from = f.effective_from;
