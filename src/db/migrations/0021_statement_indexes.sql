-- Annual statements (issue 5, performance (c): a 30-year statement under 32 clients, p99 < 50 ms),
-- read by statementOf in src/modules/ledger/ledger.statements.ts without touching a heap page of
-- the person's 30 years:
--
-- The cumulative months (distinct counting months per scheme, 1,440 records over 30 years): an
-- index-only scan. The predicate is COUNTING_STATUSES of ledger.rights.rules.ts; entry_id and
-- updated_at say whether a record was known at an earlier instant.
CREATE INDEX rights_records_counting_idx ON rights_records (person_id, scheme, period)
  INCLUDE (entry_id, updated_at)
  WHERE status IN ('paid', 'back_paid', 'transferred_in');

-- The opening and closing balances (every line of the person's individual accounts up to the
-- year's end): the person index carries what a balance as known at an instant sums, so the scan is
-- index-only. Same name, keys and predicate as in 0016, so every query that used it still does.
DROP INDEX journal_lines_person_idx;
CREATE INDEX journal_lines_person_idx ON journal_lines (person_id, effective_on)
  INCLUDE (account_id, side, amount_fen, booked_at)
  WHERE person_id IS NOT NULL;

-- "As known at" an instant first asks whether any entry was booked after it (one probe); when none
-- was, as when a statement is issued now, the paying entries of the person's records are not read.
CREATE INDEX journal_entries_booked_idx ON journal_entries (booked_at);
