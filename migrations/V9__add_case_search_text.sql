-- The case list's text search ("contains", in reference, title or any party's name) reads one column with one
-- trigram index. Searching three columns across two tables with OR defeated the indexes: PostgreSQL scanned every
-- case (145 ms at 100,000 cases for a common word); one indexed column answers from the index (bench/explain.sh).
-- The column is kept by triggers, so no code path can forget it.

ALTER TABLE case_file ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

CREATE FUNCTION case_search_text(case_id BIGINT, reference TEXT, title TEXT) RETURNS TEXT AS $$
    SELECT lower(reference || ' ' || title || coalesce(' ' || (
        SELECT string_agg(p.name, ' ' ORDER BY p.position, p.id) FROM case_party p WHERE p.case_id = $1), ''))
$$ LANGUAGE sql STABLE;

CREATE FUNCTION case_file_search_text() RETURNS trigger AS $$
BEGIN
    NEW.search_text := case_search_text(NEW.id, NEW.reference, NEW.title);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER case_file_search_text BEFORE INSERT OR UPDATE OF reference, title, search_text ON case_file
    FOR EACH ROW EXECUTE FUNCTION case_file_search_text();

-- A party added, renamed or removed changes its case's search text.
CREATE FUNCTION case_party_search_text() RETURNS trigger AS $$
BEGIN
    UPDATE case_file c SET search_text = case_search_text(c.id, c.reference, c.title)
     WHERE c.id IN (SELECT x FROM unnest(ARRAY[
         CASE WHEN TG_OP <> 'INSERT' THEN OLD.case_id END,
         CASE WHEN TG_OP <> 'DELETE' THEN NEW.case_id END]) AS x);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER case_party_search_text AFTER INSERT OR UPDATE OR DELETE ON case_party
    FOR EACH ROW EXECUTE FUNCTION case_party_search_text();

UPDATE case_file SET search_text = case_search_text(id, reference, title);

CREATE INDEX case_file_search_trgm ON case_file USING gin (search_text public.gin_trgm_ops);
DROP INDEX case_file_reference_trgm;
DROP INDEX case_file_title_trgm;
DROP INDEX case_party_name_trgm;
