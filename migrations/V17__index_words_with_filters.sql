-- Word searches take their status and type filters inside the full-text index, and an incomplete last word is
-- looked up as the whole words it can begin (docs/performance.md, "Case list").
--
-- With the words alone in the index, a filtered search read every case the word matches to test its filters (for a
-- market word on the seeded volume, 8,500 rows to keep 333), or combined the word's bitmap with one from the
-- filters' B-tree (20,000 entries for a status): 7 to 12 ms either way. With btree_gin the status and type are
-- keys of the same GIN index, and PostgreSQL intersects the three in the index and reads only the matches.
CREATE EXTENSION IF NOT EXISTS btree_gin SCHEMA public;
DROP INDEX case_file_words_idx;
CREATE INDEX case_file_words_idx ON case_file USING gin (search_words, status, case_type) WITH (fastupdate = off);

-- Every word that is or was in a case's words, so the search can turn an incomplete last word ("cloud:*") into the
-- words it begins ("cloud"): GIN looks a whole word up in its posting tree, while a prefix makes it scan its keys
-- and build a bitmap first, more than twice the time for a common word. Words are never removed (a party renamed
-- leaves its old name's words here): one that no case holds any more costs the search a lookup that finds nothing.
-- C collation: bytewise order, so LIKE 'cloud%' is a range on the primary key.
CREATE TABLE search_word (word TEXT COLLATE "C" PRIMARY KEY);
INSERT INTO search_word SELECT DISTINCT unnest(tsvector_to_array(search_words)) FROM case_file;
ANALYZE search_word;

CREATE FUNCTION case_file_known_words() RETURNS trigger AS $$
BEGIN
    INSERT INTO search_word SELECT unnest(tsvector_to_array(NEW.search_words)) ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER case_file_known_words AFTER INSERT ON case_file
    FOR EACH ROW EXECUTE FUNCTION case_file_known_words();
-- Not "UPDATE OF search_words": the words change by the BEFORE trigger of a renamed case too, outside the SET list.
CREATE TRIGGER case_file_known_words_changed AFTER UPDATE ON case_file
    FOR EACH ROW WHEN (OLD.search_words IS DISTINCT FROM NEW.search_words)
    EXECUTE FUNCTION case_file_known_words();
