-- Annual rights statements (issue 5, statements part): the number sequence per statement year.
-- A row per year, incremented by an upsert in the issuing transaction (after the audit head lock,
-- the house lock order), so numbers are unique and gapless; a bulk run reserves a block at once.
CREATE TABLE statement_sequences (
  year     smallint PRIMARY KEY,
  last_no  bigint NOT NULL CHECK (last_no >= 0 AND last_no <= 99999999)
);
