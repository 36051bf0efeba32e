-- Each code texted to a holder's phone on file while opening a hall account, by the holder's blind
-- index: at most five in 24 hours (OPENING_CODES_PER_DAY_MAX), so knowing a citizen's ID and name
-- does not let anyone flood the citizen's phone. Rows older than a day only count for nothing.
CREATE TABLE opening_code_sends (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  identifier_index text NOT NULL,
  sent_at          timestamptz NOT NULL
);
CREATE INDEX opening_code_sends_holder_idx ON opening_code_sends (identifier_index, sent_at);
