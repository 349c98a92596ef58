-- The planner's picture of the search words: with the default statistics target it keeps the frequencies of a few
-- dozen words only, and guesses every other word at the frequency of the rarest one it keeps (about one case in
-- ten). A question of several words with an incomplete last one, such as a party's full name ("Synthetic
-- Undertaking 4242": the last word stands for the eleven words it may begin), was then guessed to match thousands of
-- cases, and PostgreSQL read the whole table in order to stop at the count's limit (90 ms) instead of asking the
-- full-text index (1 ms). Keeping ten times as many words' frequencies lets it see that such words are rare.
ALTER TABLE case_file ALTER COLUMN search_words SET STATISTICS 1000;
ANALYZE case_file;
