-- The full-text index took new entries into a pending list (GIN's fast update), merged into the index only by
-- vacuum or once the list reached 4 MB. Every case write adds its row's words there (a new row version, since the
-- list columns it changes are indexed), and every word search reads the whole list: on the seeded volume, after a
-- few hundred writes, a 195-page list tripled the index's share of a search (3.6 ms instead of 1.1 ms for a common
-- word). Without the pending list a write merges its words at once, and a search reads only the index.
ALTER INDEX case_file_words_idx SET (fastupdate = off);
-- What the list already holds is merged now, not at the next vacuum.
SELECT gin_clean_pending_list('case_file_words_idx'::regclass);
