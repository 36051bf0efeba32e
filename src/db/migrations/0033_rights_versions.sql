-- Bitemporal rights records (issue 14 item 10, docs/decisions.md 35).
--
-- rights_record_versions is the record: every state a (person, scheme, period, payer) month has
-- been in, appended and never updated or deleted. Valid time is the month itself (period) with the
-- record's own dates (due_on, paid_on); recorded time is when the agency learned it, twice over:
--   rights_version: the person's person_rights_versions.version that wrote the version, taken in
--                   the writing statement under that row's lock, so one person's versions are
--                   totally ordered in commit order; a statement keeps the version it was read at
--                   and re-renders from exactly the versions at or below it;
--   recorded_at:    the wall-clock instant (the Clock), for "as known at T" reads of older rows.
-- Moving a month due → paid, arrears → back-paid or rolling it into arrears appends a version; a
-- withdrawn month (decision 25) appends a version with status 'withdrawn'.
--
-- rights_records stays as the current-state projection every current reader uses: the latest
-- version of each key that is not withdrawn, written in the same SQL statement as the version
-- (ledger.rights.versions.ts) and proven equal to the versions replayed by reconcile
-- ('rights_projection'). person_rights_versions is bumped by that same statement: the triggers of
-- 0022 go, and no writer of rights records is left outside the ledger module.
--
-- No foreign keys here: a version is only ever written from the projection row its statement
-- wrote or deleted, which carries both (persons, employers); a bulk month close writes millions.

CREATE TABLE rights_record_versions (
  person_id          bigint NOT NULL,
  id                 bigint GENERATED ALWAYS AS IDENTITY,
  scheme             text NOT NULL CHECK (scheme IN ('pension', 'medical', 'unemployment', 'work_injury')),
  period             text NOT NULL CHECK (period ~ '^[0-9]{4}(0[1-9]|1[0-2])$'),
  employer_id        bigint,
  payer_id           bigint GENERATED ALWAYS AS (coalesce(employer_id, 0)) STORED,
  rights_version     bigint NOT NULL,
  recorded_at        timestamptz NOT NULL,
  status             text NOT NULL CHECK (status IN ('due', 'paid', 'arrears', 'back_paid', 'transferred_in',
                                                     'transferred_out', 'withdrawn')),
  region_code        text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
  base_fen           bigint NOT NULL CHECK (base_fen >= 0),
  employer_fen       bigint NOT NULL CHECK (employer_fen >= 0),
  employee_fen       bigint NOT NULL CHECK (employee_fen >= 0),
  account_credit_fen bigint NOT NULL CHECK (account_credit_fen >= 0),
  source             text NOT NULL,
  entry_id           bigint,
  paid_on            date,
  due_on             date,
  CHECK (status NOT IN ('due', 'arrears') OR due_on IS NOT NULL),
  -- One version of a key per person version; the key's history in recorded order; a year's
  -- versions of a person are one range of it.
  PRIMARY KEY (person_id, scheme, period, payer_id, rights_version)
);

-- The day an owed month falls due (the bill's due_on): before it the month is due, not in arrears.
ALTER TABLE rights_records ADD COLUMN due_on date;
-- Every bill so far fell due on the last day of its period (billDueOn).
UPDATE rights_records
   SET due_on = (to_date(period || '01', 'YYYYMMDD') + interval '1 month' - interval '1 day')::date
 WHERE status IN ('due', 'arrears');
ALTER TABLE rights_records ADD CONSTRAINT rights_records_due_on_check
  CHECK (status NOT IN ('due', 'arrears') OR due_on IS NOT NULL);

-- The history before this migration is not known: each record's current state becomes its first
-- version, recorded when it was last changed, at the person's current rights version.
INSERT INTO rights_record_versions (person_id, scheme, period, employer_id, rights_version, recorded_at, status,
                                    region_code, base_fen, employer_fen, employee_fen, account_credit_fen, source,
                                    entry_id, paid_on, due_on)
SELECT r.person_id, r.scheme, r.period, r.employer_id, coalesce(v.version, 0), r.updated_at, r.status,
       r.region_code, r.base_fen, r.employer_fen, r.employee_fen, r.account_credit_fen, r.source,
       r.entry_id, r.paid_on, r.due_on
  FROM rights_records r
  LEFT JOIN person_rights_versions v ON v.person_id = r.person_id;

DROP TRIGGER rights_records_inserted ON rights_records;
DROP TRIGGER rights_records_updated ON rights_records;
DROP TRIGGER rights_records_deleted ON rights_records;
DROP FUNCTION bump_person_rights_versions();

-- What an issued statement knew, read in the snapshot its content was read in: the person's rights
-- version and the newest journal entry on the person's individual accounts (entry ids are taken
-- under the journal head lock, held to commit, so every line committed later has a larger id).
-- NULL for statements issued before: those re-render as known at issued_at.
-- part_hashes: SM3 of each part of the content, so a check that finds a difference can name it.
ALTER TABLE rights_statements
  ADD COLUMN rights_version bigint,
  ADD COLUMN entry_mark bigint,
  ADD COLUMN part_hashes jsonb;

ALTER TABLE reconcile_differences DROP CONSTRAINT reconcile_differences_kind_check;
ALTER TABLE reconcile_differences ADD CONSTRAINT reconcile_differences_kind_check
  CHECK (kind IN ('balance_cache', 'individual_cache', 'control_total', 'entry_unbalanced', 'chain_broken',
                  'rights_projection'));
