-- The Commission's public holidays (Brussels place of employment), reference data an administrator maintains.
-- A year counts as loaded only once its list is recorded with the decision it comes from; for any other year,
-- deadlines skip weekends alone and say so.

CREATE TABLE holiday_year (
    year       INT           PRIMARY KEY CHECK (year BETWEEN 1990 AND 2100),
    source     VARCHAR(500)  NOT NULL,
    updated_at TIMESTAMPTZ   NOT NULL DEFAULT now()
);

CREATE TABLE commission_holiday (
    day   DATE         PRIMARY KEY,
    label VARCHAR(200) NOT NULL
);

-- 2023, from the Commission decision of 25 May 2021 (OJ C 201 I, 28.5.2021): 18 days.
INSERT INTO holiday_year (year, source) VALUES
    (2023, 'Commission decision of 25 May 2021, OJ C 201 I, 28.5.2021 (Brussels)');
INSERT INTO commission_holiday (day, label) VALUES
    ('2023-01-02', 'Day after New Year''s Day'),
    ('2023-04-06', 'Maundy Thursday'),
    ('2023-04-07', 'Good Friday'),
    ('2023-04-10', 'Easter Monday'),
    ('2023-05-01', 'Labour Day'),
    ('2023-05-09', 'Anniversary of the Schuman Declaration'),
    ('2023-05-18', 'Ascension Day'),
    ('2023-05-19', 'Day after Ascension Day'),
    ('2023-05-29', 'Whit Monday'),
    ('2023-07-21', 'Belgian National Day'),
    ('2023-08-15', 'Assumption'),
    ('2023-11-01', 'All Saints'' Day'),
    ('2023-11-02', 'All Souls'' Day'),
    ('2023-12-25', 'Christmas period'),
    ('2023-12-26', 'Christmas period'),
    ('2023-12-27', 'Christmas period'),
    ('2023-12-28', 'Christmas period'),
    ('2023-12-29', 'Christmas period');
