-- Corrections of booked journal entries (issue 5), maker-checker: one staff member proposes
-- (ledger.post), another approves or rejects (ledger.approve). Approval books, in the same
-- transaction, the reversal of the entry (kind 'reversal', key 'reversal:<entry id>') and the
-- replacement entry when lines are given (key 'correction:<id>'). Journal rows stay untouched.
CREATE TABLE ledger_corrections (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entry_id             bigint NOT NULL REFERENCES journal_entries (id),
  reason               text NOT NULL,
  -- Replacement lines [{accountId, side, amountFen, personId}] (amounts in fen), or null for a plain reversal.
  replacement_lines    jsonb,
  requested_by         bigint NOT NULL REFERENCES staff (id),
  requested_at         timestamptz NOT NULL,
  status               text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected')),
  decided_by           bigint REFERENCES staff (id),
  decided_at           timestamptz,
  decision_note        text,
  reversal_entry_id    bigint REFERENCES journal_entries (id),
  replacement_entry_id bigint REFERENCES journal_entries (id),
  CHECK (requested_by <> decided_by),
  CHECK ((status = 'proposed') = (decided_by IS NULL)),
  CHECK ((status = 'approved') = (reversal_entry_id IS NOT NULL))
);
-- At most one pending proposal per entry.
CREATE UNIQUE INDEX ledger_corrections_pending_idx ON ledger_corrections (entry_id) WHERE status = 'proposed';
CREATE INDEX ledger_corrections_status_idx ON ledger_corrections (status, id);
