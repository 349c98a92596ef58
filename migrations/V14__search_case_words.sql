-- The case list finds each kind of question with the index that fits it (docs/performance.md, "Case list"):
--   * words (of the reference, the title or a party's name) through a full-text index: the words of each case in a
--     tsvector of the 'simple' configuration (lower case, no stemming, no stop words: names and legal terms are
--     matched as typed, in any language), searched as a phrase whose last word may be incomplete;
--   * a reference prefix (AT.4, M.112) through a B-tree on the reference with pattern operators;
--   * no text through the B-trees of the filters and sort columns.
-- The trigram index of V9 served "contains anywhere" searches; it read 8,000-row bitmaps for a common word and
-- estimated matches badly. Words are now found from their start, which is how officers search names and terms.

DROP TRIGGER case_party_search_text ON case_party;
DROP TRIGGER case_file_search_text ON case_file;
DROP FUNCTION case_party_search_text();
DROP FUNCTION case_file_search_text();
DROP FUNCTION case_search_text(BIGINT, TEXT, TEXT);
ALTER TABLE case_file DROP COLUMN search_text;

ALTER TABLE case_file ADD COLUMN search_words tsvector NOT NULL DEFAULT ''::tsvector;

-- Punctuation becomes a space first, so "Microsoft/OpenAI", "AT.40987" and "self-preferencing" give their words
-- one by one (the parser would keep the first two as one file-name token) and a search for "openai" or "40987"
-- finds them.
CREATE FUNCTION case_search_words(case_id BIGINT, reference TEXT, title TEXT) RETURNS tsvector AS $$
    SELECT to_tsvector('simple', regexp_replace(reference || ' ' || title || coalesce(' ' || (
        SELECT string_agg(p.name, ' ' ORDER BY p.position, p.id) FROM case_party p WHERE p.case_id = $1), ''),
        '[[:punct:]]+', ' ', 'g'))
$$ LANGUAGE sql STABLE;

CREATE FUNCTION case_file_search_words() RETURNS trigger AS $$
BEGIN
    NEW.search_words := case_search_words(NEW.id, NEW.reference, NEW.title);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER case_file_search_words BEFORE INSERT ON case_file
    FOR EACH ROW EXECUTE FUNCTION case_file_search_words();
-- Hibernate writes every column of a changed case, so "UPDATE OF reference, title" would fire on every change (a
-- note added touches the case); the words are computed again only when reference or title really changed.
CREATE TRIGGER case_file_search_words_changed BEFORE UPDATE OF reference, title ON case_file
    FOR EACH ROW WHEN (OLD.reference IS DISTINCT FROM NEW.reference OR OLD.title IS DISTINCT FROM NEW.title)
    EXECUTE FUNCTION case_file_search_words();

-- A party added, renamed or removed changes its case's words at once, in the same transaction.
CREATE FUNCTION case_party_search_words() RETURNS trigger AS $$
BEGIN
    UPDATE case_file c SET search_words = case_search_words(c.id, c.reference, c.title)
     WHERE c.id IN (SELECT x FROM unnest(ARRAY[
         CASE WHEN TG_OP <> 'INSERT' THEN OLD.case_id END,
         CASE WHEN TG_OP <> 'DELETE' THEN NEW.case_id END]) AS x);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER case_party_search_words AFTER INSERT OR UPDATE OR DELETE ON case_party
    FOR EACH ROW EXECUTE FUNCTION case_party_search_words();

UPDATE case_file SET search_words = case_search_words(id, reference, title);

CREATE INDEX case_file_words_idx ON case_file USING gin (search_words);
-- LIKE 'AT.4%' can use a B-tree only with pattern operators unless the database collation is C.
CREATE INDEX case_file_reference_prefix_idx ON case_file (reference varchar_pattern_ops);

-- A list with filters alone (no text, every case visible: an administrator's list) is read from one index per sort
-- column, holding the sort key, the tie-breaker id and the two filters: PostgreSQL walks it in order, checks the
-- filters on the index entries without reading the table (an index-only scan), and reads only the 25 rows of the
-- page. The count of such a list reads the same indexes or the one on both filters. The title sorts without regard
-- to case through a stored lower-case copy: an index-only scan cannot compute lower(title) from an index on it.
ALTER TABLE case_file ADD COLUMN title_key TEXT GENERATED ALWAYS AS (lower(title)) STORED;
DROP INDEX case_file_updated_idx;
DROP INDEX case_file_opened_idx;
DROP INDEX case_file_status_idx;
DROP INDEX case_file_type_idx;
CREATE INDEX case_file_list_title_idx ON case_file (title_key, id) INCLUDE (status, case_type);
CREATE INDEX case_file_list_opened_idx ON case_file (opened_on, id) INCLUDE (status, case_type);
CREATE INDEX case_file_list_updated_idx ON case_file (updated_at, id) INCLUDE (status, case_type);
CREATE INDEX case_file_list_reference_idx ON case_file (reference, id) INCLUDE (status, case_type);
CREATE INDEX case_file_list_status_idx ON case_file (status, id) INCLUDE (case_type);
CREATE INDEX case_file_list_type_idx ON case_file (case_type, id) INCLUDE (status);
CREATE INDEX case_file_list_filters_idx ON case_file (status, case_type, id);
