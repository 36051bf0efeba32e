-- What a person's annual statement is computed from, kept once computed (issue 5, performance (c): a
-- 30-year statement under 32 clients, p99 < 50 ms). A statement of year Y reads the year's own
-- records and lines (a few dozen rows) and two aggregates over the person's whole history: the
-- cumulative months by scheme up to December of Y (1,440 records over 30 years) and the individual
-- accounts' balances at the end of Y − 1 (every line before Y), plus the year's account movements
-- (a line each, with its entry's class). statementOf keeps these aggregates here with the
-- watermark they were read at, in the same SQL statement (one snapshot), and uses them again while
-- the watermark is unchanged, with the year's rights records; what it then reads is the person,
-- the agency and the payers' names, all by primary key:
--   rights_version: person_rights_versions.version, bumped by the triggers below on every insert,
--                   update or delete of one of the person's rights records, whoever writes it;
--   journal_mark:   the sum of the person's individual_accounts.last_entry_id; every line naming a
--                   person is on an individual account (journal rules) and is booked by postEntries,
--                   which sets last_entry_id to the new, larger entry id in the same transaction.
-- A summary read at an older watermark is never used: the reader compares both marks in the same
-- statement that returns the summary, so a write committed in between only costs a recomputation.

CREATE TABLE person_rights_versions (
  person_id  bigint PRIMARY KEY,
  version    bigint NOT NULL
);

CREATE FUNCTION bump_person_rights_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO person_rights_versions (person_id, version)
    SELECT person_id, 1 FROM (SELECT person_id FROM new_records UNION SELECT person_id FROM old_records) changed
    ON CONFLICT (person_id) DO UPDATE SET version = person_rights_versions.version + 1;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO person_rights_versions (person_id, version)
    SELECT DISTINCT person_id, 1 FROM new_records
    ON CONFLICT (person_id) DO UPDATE SET version = person_rights_versions.version + 1;
  ELSE
    INSERT INTO person_rights_versions (person_id, version)
    SELECT DISTINCT person_id, 1 FROM old_records
    ON CONFLICT (person_id) DO UPDATE SET version = person_rights_versions.version + 1;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER rights_records_inserted AFTER INSERT ON rights_records
  REFERENCING NEW TABLE AS new_records
  FOR EACH STATEMENT EXECUTE FUNCTION bump_person_rights_versions();
CREATE TRIGGER rights_records_updated AFTER UPDATE ON rights_records
  REFERENCING OLD TABLE AS old_records NEW TABLE AS new_records
  FOR EACH STATEMENT EXECUTE FUNCTION bump_person_rights_versions();
CREATE TRIGGER rights_records_deleted AFTER DELETE ON rights_records
  REFERENCING OLD TABLE AS old_records
  FOR EACH STATEMENT EXECUTE FUNCTION bump_person_rights_versions();

CREATE TABLE statement_summaries (
  person_id       bigint NOT NULL REFERENCES persons (person_id),
  year            smallint NOT NULL,
  rights_version  bigint NOT NULL,
  journal_mark    bigint NOT NULL,
  -- {"pension": 180, "medical": 180, ...}: cumulativeMonthsOf(person, year)
  cumulative      jsonb NOT NULL,
  -- {"pension": 1234567, ...}: the balance in fen (credit-normal) of each fund's individual
  -- account lines effective by 31 December of year − 1
  opening         jsonb NOT NULL,
  -- [["pension", "contributions", 480000], ...]: the year's individual-account lines summed by
  -- fund and movement class (movementCategory), credit − debit in fen
  movements       jsonb NOT NULL,
  -- the year's rights records as statementFacts reads them (scheme, period, status, payer id and
  -- amounts), and their payers' ids: the payers' names are read with every statement
  records         jsonb NOT NULL,
  payers          jsonb NOT NULL,
  computed_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, year)
);
