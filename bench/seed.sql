-- Synthetic volume for benchmarks and load demos: many cases, a long audit trail, many markets. Names and shares
-- are made up and say so; nothing here is market data. Run through bench/seed.sh, which sets the schema and sizes:
--   :cases cases (each with two parties, a key date and a two-person team), :events audit events, :markets markets
--   with one dataset of :firms firms each. The demo officer ('officer') is on the team of one case in each hundred
--   (a different position in each, so their cases have every status and type), and 'seed-admin' (an
--   administrator) sees them all.
-- Needs a migrated schema with the demo data loaded (the demo officer's password hash is reused for the seed
-- accounts, so they sign in with the demo password).

SET client_min_messages = warning;

INSERT INTO app_user (username, full_name, password_hash, role)
SELECT 'seed-officer-' || lpad(n::text, 2, '0'), 'Seed Officer ' || n,
       (SELECT password_hash FROM app_user WHERE username = 'officer'), 'CASE_OFFICER'
FROM generate_series(1, 50) AS n
UNION ALL
SELECT 'seed-admin', 'Seed Administrator', (SELECT password_hash FROM app_user WHERE username = 'officer'), 'ADMIN'
ON CONFLICT DO NOTHING;

CREATE TEMP TABLE seed_words (kind text, i int, word text);
INSERT INTO seed_words
SELECT 'market', ordinality::int - 1, word
FROM unnest(ARRAY['cloud infrastructure', 'online search', 'mobile operating systems', 'app distribution',
                  'online advertising', 'payments', 'online marketplaces', 'web browsers', 'messaging',
                  'maps and navigation', 'video streaming', 'smart speakers']) WITH ORDINALITY AS w(word)
UNION ALL
SELECT 'conduct', ordinality::int - 1, word
FROM unnest(ARRAY['exclusivity', 'self-preferencing', 'tying', 'merger', 'designation', 'interoperability',
                  'pricing', 'data access', 'most-favoured-nation clauses']) WITH ORDINALITY AS w(word);

INSERT INTO case_file (reference, title, case_type, status, opened_on, summary, created_at, updated_at)
SELECT 'SD.' || lpad(n::text, 7, '0'),
       initcap(m.word) || ' ' || c.word || ' (synthetic case ' || n || ')',
       (ARRAY['DMA_DESIGNATION', 'ARTICLE_101', 'ARTICLE_102', 'MERGER', 'MARKET_INVESTIGATION'])[1 + n % 5],
       (ARRAY['OPEN', 'INVESTIGATION', 'ASSESSMENT', 'DECISION', 'CLOSED'])[1 + (n / 5) % 5],
       DATE '2001-01-01' + (n * 7919 % 9125),
       'Synthetic case for load tests.',
       TIMESTAMPTZ '2001-01-01' + (n * 7919 % 9125) * INTERVAL '1 day',
       TIMESTAMPTZ '2001-01-01' + (n * 7919 % 9125) * INTERVAL '1 day' + (n % 700) * INTERVAL '1 day'
FROM generate_series(1, :cases) AS n
JOIN seed_words m ON m.kind = 'market' AND m.i = n % 12
JOIN seed_words c ON c.kind = 'conduct' AND c.i = (n / 12) % 9;

CREATE TEMP TABLE seed_case AS
SELECT id, row_number() OVER (ORDER BY id) AS n FROM case_file WHERE reference LIKE 'SD.%';

INSERT INTO case_party (case_id, name, role, position)
SELECT s.id, 'Synthetic Undertaking ' || (s.n * 37 % 5000), 'UNDERTAKING_CONCERNED', 0 FROM seed_case s
UNION ALL
SELECT s.id, 'Synthetic Complainant ' || (s.n * 53 % 5000), 'COMPLAINANT', 1 FROM seed_case s;

INSERT INTO case_team_member (case_id, user_id, team_role)
SELECT s.id, u.id, 'LEAD'
FROM seed_case s JOIN app_user u ON u.username = 'seed-officer-' || lpad((1 + s.n % 50)::text, 2, '0');
INSERT INTO case_team_member (case_id, user_id, team_role)
SELECT s.id, (SELECT id FROM app_user WHERE username = 'officer'), 'OFFICER' FROM seed_case s
WHERE s.n % 100 = (s.n / 100) % 100;

INSERT INTO case_key_date (case_id, label, kind, due_on)
SELECT s.id, 'Synthetic deadline', 'INTERNAL_DEADLINE', DATE '2026-01-01' + (s.n % 900)::int FROM seed_case s;

-- The audit trail: :events events spread over the seeded cases and 25 years.
INSERT INTO audit_event (occurred_at, actor, case_id, action, summary)
SELECT TIMESTAMPTZ '2001-01-01' + (e * 7.88) * INTERVAL '1 second' * 100,
       'seed-officer-' || lpad((1 + e % 50)::text, 2, '0'),
       (SELECT min(id) FROM seed_case) + (e::bigint * 7919 % (SELECT count(*) FROM seed_case)),
       (ARRAY['CASE_UPDATED', 'NOTE_ADDED', 'PARTY_ADDED', 'KEY_DATE_ADDED', 'REPORT_EXPORTED'])[1 + e % 5],
       'Synthetic event ' || e
FROM generate_series(1, :events) AS e;

-- Markets: :markets markets on the first seeded cases (two per case), each with one dataset of :firms firms
-- whose shares fall off as 1/k and add up to 90 %, leaving 10 % to others.
INSERT INTO market (case_id, name, product_scope, geographic_scope, period, share_basis)
SELECT s.id, 'Synthetic market ' || k || ' of ' || s.reference_n, 'Synthetic product scope', 'EEA', '2025', 'REVENUE'
FROM (SELECT id, n, n::text AS reference_n FROM seed_case WHERE n <= (:markets + 1) / 2) s
CROSS JOIN generate_series(1, 2) AS k
ORDER BY s.n, k
LIMIT :markets;

INSERT INTO share_dataset (market_id, period, source, note)
SELECT m.id, '2025', 'Synthetic shares', 'Made-up shares for load tests'
FROM market m WHERE m.name LIKE 'Synthetic market %';

INSERT INTO share_row (dataset_id, position, firm, share)
SELECT d.id, f.k - 1, 'Synthetic Firm ' || f.k, round(90.0 * (1.0 / f.k) / h.total, 4)
FROM share_dataset d
CROSS JOIN generate_series(1, :firms) AS f(k)
CROSS JOIN (SELECT sum(1.0 / k) AS total FROM generate_series(1, :firms) AS k) h
WHERE d.source = 'Synthetic shares';

ANALYZE;
