-- The law as in force on a transaction's date: the UK figures before 1 January 2025 and the HSR figures of 2024 and
-- 2026 join the shipped sets (each in force until the day before the next of its jurisdiction). Figures read only in
-- secondary sources carry a note until an administrator checks them against the text.

INSERT INTO merger_figure_set (jurisdiction, effective_from, source, verification_note) VALUES
    ('UK', '2003-06-20', 'Enterprise Act 2002, s.23 as in force before 1 January 2025: turnover test (target''s UK turnover exceeds £70 million, s.23(1)(b)) and share of supply test (25 per cent, s.23(2)-(4)); Part 3 in force from 20 June 2003 (SI 2003/1397)',
     'The lower turnover figure for relevant enterprises (SI 2018/593) and the share of supply test for them are not held; the hybrid test and the small-merger safe harbour were not in the law before 1 January 2025');
INSERT INTO merger_figure (set_id, figure, amount, unit)
SELECT s.id, f.figure, f.amount, f.unit FROM merger_figure_set s, (VALUES
    ('UK_TARGET_TURNOVER', 70000000, 'GBP'),
    ('UK_SHARE_OF_SUPPLY', 25, 'PERCENT')) AS f (figure, amount, unit)
WHERE s.jurisdiction = 'UK' AND s.effective_from = '2003-06-20';

INSERT INTO merger_figure_set (jurisdiction, effective_from, source, verification_note) VALUES
    ('US', '2024-03-06', 'FTC, Revised Jurisdictional Thresholds for Section 7A of the Clayton Act, 89 FR 7708 (FR Doc. 2024-02227), effective 6 March 2024',
     'Size of transaction (USD 119.5 million) and the upper threshold (USD 478 million) read in the notice; the size-of-person figures (USD 23.9 million and 239 million) from secondary sources: check them against the notice');
INSERT INTO merger_figure (set_id, figure, amount, unit)
SELECT s.id, f.figure, f.amount, 'USD' FROM merger_figure_set s, (VALUES
    ('US_SIZE_OF_TRANSACTION', 119500000),
    ('US_SIZE_OF_PERSON_SMALLER', 23900000),
    ('US_SIZE_OF_PERSON_LARGER', 239000000),
    ('US_UPPER_THRESHOLD', 478000000)) AS f (figure, amount)
WHERE s.jurisdiction = 'US' AND s.effective_from = '2024-03-06';

INSERT INTO merger_figure_set (jurisdiction, effective_from, source, verification_note) VALUES
    ('US', '2026-02-17', 'FTC, Revised Jurisdictional Thresholds for Section 7A of the Clayton Act (2026), Federal Register, published 16 January 2026, effective 17 February 2026',
     'Figures from secondary sources reporting the notice (USD 133.9 million; 26.8 million and 267.8 million; 535.5 million): check each against the Federal Register text');
INSERT INTO merger_figure (set_id, figure, amount, unit)
SELECT s.id, f.figure, f.amount, 'USD' FROM merger_figure_set s, (VALUES
    ('US_SIZE_OF_TRANSACTION', 133900000),
    ('US_SIZE_OF_PERSON_SMALLER', 26800000),
    ('US_SIZE_OF_PERSON_LARGER', 267800000),
    ('US_UPPER_THRESHOLD', 535500000)) AS f (figure, amount)
WHERE s.jurisdiction = 'US' AND s.effective_from = '2026-02-17';

-- A holiday year read from a secondary source says so until an administrator confirms it against the Official
-- Journal (recording the year again without a note).
ALTER TABLE holiday_year ADD COLUMN verification_note VARCHAR(500);

INSERT INTO holiday_year (year, source, verification_note) VALUES
    (2025, 'Commission decision on the public holidays for 2025 (Brussels), OJ C, C/2024/2219',
     'To verify against the OJ text: the dates are as a secondary source lists them'),
    (2026, 'Commission decision on the public holidays for 2026 (Brussels), OJ C, C/2025/4103',
     'To verify against the OJ text: the dates are as a secondary source lists them');
INSERT INTO commission_holiday (day, label) VALUES
    ('2025-01-01', 'New Year''s Day'),
    ('2025-01-02', 'Day after New Year''s Day'),
    ('2025-04-17', 'Maundy Thursday'),
    ('2025-04-18', 'Good Friday'),
    ('2025-04-21', 'Easter Monday'),
    ('2025-05-01', 'Labour Day'),
    ('2025-05-09', 'Anniversary of the Schuman Declaration'),
    ('2025-05-29', 'Ascension Day'),
    ('2025-05-30', 'Day after Ascension Day'),
    ('2025-06-09', 'Whit Monday'),
    ('2025-07-21', 'Belgian National Day'),
    ('2025-08-15', 'Assumption'),
    ('2025-12-24', 'Christmas period'),
    ('2025-12-25', 'Christmas period'),
    ('2025-12-26', 'Christmas period'),
    ('2025-12-29', 'Christmas period'),
    ('2025-12-30', 'Christmas period'),
    ('2025-12-31', 'Christmas period'),
    ('2026-01-01', 'New Year''s Day'),
    ('2026-01-02', 'Day after New Year''s Day'),
    ('2026-04-02', 'Maundy Thursday'),
    ('2026-04-03', 'Good Friday'),
    ('2026-04-06', 'Easter Monday'),
    ('2026-05-01', 'Labour Day'),
    ('2026-05-14', 'Ascension Day'),
    ('2026-05-15', 'Day after Ascension Day'),
    ('2026-05-25', 'Whit Monday'),
    ('2026-07-21', 'Belgian National Day'),
    ('2026-11-02', 'All Souls'' Day'),
    ('2026-12-24', 'Christmas period'),
    ('2026-12-25', 'Christmas period'),
    ('2026-12-28', 'Christmas period'),
    ('2026-12-29', 'Christmas period'),
    ('2026-12-30', 'Christmas period'),
    ('2026-12-31', 'Christmas period')
ON CONFLICT (day) DO NOTHING;
