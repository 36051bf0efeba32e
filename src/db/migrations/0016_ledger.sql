-- Rights ledger (issue 5): chart of accounts per fund, individual accounts, the append-only
-- journal chained per batch (SM3 Merkle root linked to the previous batch), balance caches,
-- rights records (权益记录), interest runs, statements and reconciliation runs.
-- Person-keyed tables carry person_id in their primary key (Citus-ready, ARCHITECTURE "Scale path").
-- Money is BIGINT fen. Nothing in this file is ever updated except the caches, the run rows and the
-- status of a rights record; journal rows are insert-only.

INSERT INTO role_permissions (role_code, permission) VALUES
  ('clerk', 'rights.read'),
  ('reviewer', 'rights.read'),
  ('approver', 'rights.read'), ('approver', 'ledger.read'), ('approver', 'ledger.approve'),
  ('fund_accountant', 'rights.read'), ('fund_accountant', 'ledger.read'), ('fund_accountant', 'ledger.post'),
  ('auditor', 'rights.read'), ('auditor', 'ledger.read'),
  ('supervisor', 'rights.read'), ('supervisor', 'ledger.read');

-- 社会保险基金 funds. Maternity is accounted inside medical (RULES §2).
-- Chart of accounts: one row per (fund, kind, region). Kinds:
--   pooled_fund          统筹基金 (credit normal)
--   individual_liability 个人账户 control account: the sum of a fund's individual accounts (credit normal)
--   employer_receivable  应收单位缴费 (debit normal)
--   contribution_income  缴费收入 (credit normal)      interest_expense 利息支出 (debit normal)
--   benefit_expenditure  待遇支出 (debit normal)       transfer_clearing 转移往来 (debit normal)
--   bank_income          收入户存款 (debit normal)     bank_expenditure 支出户存款 (debit normal)
--   bank_fiscal          财政专户存款 (debit normal)
CREATE TABLE ledger_accounts (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code         text NOT NULL UNIQUE,                 -- '<fund>.<kind>.<region>', e.g. 'pension.pooled_fund.330100'
  fund         text NOT NULL CHECK (fund IN ('pension', 'medical', 'unemployment', 'work_injury')),
  kind         text NOT NULL CHECK (kind IN ('pooled_fund', 'individual_liability', 'employer_receivable',
                 'contribution_income', 'interest_expense', 'benefit_expenditure', 'transfer_clearing',
                 'bank_income', 'bank_expenditure', 'bank_fiscal')),
  region_code  text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
  normal_side  text NOT NULL CHECK (normal_side IN ('debit', 'credit')),
  name_zh      text NOT NULL,
  name_en      text NOT NULL,
  status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  opened_on    date NOT NULL,
  closed_on    date,
  UNIQUE (fund, kind, region_code)
);

-- 个人账户: one per person and scheme that has one (pension; medical). A line that names a
-- person_id posts to that person's account of the line's fund, under the fund's
-- individual_liability control account.
CREATE TABLE individual_accounts (
  person_id     bigint NOT NULL REFERENCES persons (person_id),
  fund          text NOT NULL CHECK (fund IN ('pension', 'medical')),
  region_code   text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
  status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  opened_on     date NOT NULL,
  closed_on     date,
  closed_reason text CHECK (closed_reason IN ('retired', 'transferred_out', 'died', 'merged')),
  -- Balance cache (credit-normal, fen): equals the account's lines replayed (checked by reconcile).
  balance_fen   bigint NOT NULL DEFAULT 0,
  last_entry_id bigint,
  PRIMARY KEY (person_id, fund)
);

-- Serialises batches: one row, locked FOR UPDATE by every posting transaction (like the audit head).
CREATE TABLE journal_head (
  id       smallint PRIMARY KEY CHECK (id = 1),
  batch_no bigint NOT NULL,
  hash     text NOT NULL
);
INSERT INTO journal_head VALUES (1, 0, repeat('0', 64));

-- A batch: the unit of the chain. batch_hash = SM3(prev_hash | batch_no | entry_count | merkle_root).
CREATE TABLE journal_batches (
  batch_no    bigint PRIMARY KEY,
  prev_hash   text NOT NULL,
  merkle_root text NOT NULL,
  entry_count integer NOT NULL CHECK (entry_count > 0),
  batch_hash  text NOT NULL,
  booked_at   timestamptz NOT NULL,
  source      text NOT NULL
);

-- 记账凭证: a balanced set of lines. Never updated, never deleted.
CREATE TABLE journal_entries (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch_no          bigint NOT NULL REFERENCES journal_batches (batch_no),
  seq_in_batch      integer NOT NULL,
  idempotency_key   text NOT NULL UNIQUE,
  -- SM3 of the canonical request (lines, dates, source, reason): the same key with the same content
  -- returns the original entry; with other content it is refused.
  content_hash      text NOT NULL,
  -- SM3 of the canonical entry as booked (id, batch, key, content_hash, booked_at): the Merkle leaf.
  entry_hash        text NOT NULL,
  kind              text NOT NULL CHECK (kind IN ('posting', 'reversal')),
  effective_on      date NOT NULL,                 -- value date: when the money moved in the world
  period            text CHECK (period ~ '^[0-9]{4}(0[1-9]|1[0-2])$'),  -- contribution/benefit period YYYYMM
  booked_at         timestamptz NOT NULL,          -- transaction time: when the ledger learnt it
  source_module     text NOT NULL,                 -- 'contribution', 'interest', 'benefit', 'transfer', 'ledger', 'demo', …
  source_ref        text NOT NULL,                 -- the record in that module, e.g. 'bill:123'
  reason            text NOT NULL,
  reverses_entry_id bigint UNIQUE REFERENCES journal_entries (id),  -- one reversal per entry at most
  requested_by      bigint REFERENCES staff (id),
  approved_by       bigint REFERENCES staff (id),
  UNIQUE (batch_no, seq_in_batch),
  CHECK (requested_by IS NULL OR approved_by IS NULL OR requested_by <> approved_by),
  CHECK ((kind = 'reversal') = (reverses_entry_id IS NOT NULL))
);
CREATE INDEX journal_entries_source_idx ON journal_entries (source_module, source_ref);
CREATE INDEX journal_entries_effective_idx ON journal_entries (effective_on);

-- Lines: amount_fen > 0 on one side. A line with person_id posts to individual_accounts
-- (person_id, fund of account_id), and account_id must then be that fund's individual_liability
-- account. Not person-keyed in the Citus sense (an entry's lines span persons and control accounts).
CREATE TABLE journal_lines (
  entry_id     bigint NOT NULL REFERENCES journal_entries (id),
  line_no      smallint NOT NULL,
  account_id   bigint NOT NULL REFERENCES ledger_accounts (id),
  person_id    bigint,
  side         text NOT NULL CHECK (side IN ('debit', 'credit')),
  amount_fen   bigint NOT NULL CHECK (amount_fen > 0),
  effective_on date NOT NULL,          -- copied from the entry: as-of queries need no join
  booked_at    timestamptz NOT NULL,   -- copied from the entry: as-known queries need no join
  PRIMARY KEY (entry_id, line_no)
);
CREATE INDEX journal_lines_account_idx ON journal_lines (account_id, effective_on);
CREATE INDEX journal_lines_person_idx ON journal_lines (person_id, effective_on) WHERE person_id IS NOT NULL;

-- Balance cache of the general accounts (all lines booked so far, all effective dates), in the
-- account's normal direction: debit-normal = debits − credits, credit-normal = credits − debits.
CREATE TABLE ledger_balances (
  account_id    bigint PRIMARY KEY REFERENCES ledger_accounts (id),
  debit_fen     bigint NOT NULL DEFAULT 0,
  credit_fen    bigint NOT NULL DEFAULT 0,
  balance_fen   bigint NOT NULL DEFAULT 0,
  last_entry_id bigint
);

-- 权益记录: one row per person, scheme, period and payer (employer_id; NULL = the person as a
-- flexible worker). Amounts in fen. Status moves due → paid | arrears → back_paid; transfers mark it.
CREATE TABLE rights_records (
  person_id          bigint NOT NULL REFERENCES persons (person_id),
  id                 bigint GENERATED ALWAYS AS IDENTITY,
  scheme             text NOT NULL CHECK (scheme IN ('pension', 'medical', 'unemployment', 'work_injury')),
  period             text NOT NULL CHECK (period ~ '^[0-9]{4}(0[1-9]|1[0-2])$'),
  employer_id        bigint REFERENCES employers (id),
  region_code        text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
  base_fen           bigint NOT NULL CHECK (base_fen >= 0),
  employer_fen       bigint NOT NULL CHECK (employer_fen >= 0),
  employee_fen       bigint NOT NULL CHECK (employee_fen >= 0),
  account_credit_fen bigint NOT NULL CHECK (account_credit_fen >= 0),
  status             text NOT NULL CHECK (status IN ('due', 'paid', 'arrears', 'back_paid', 'transferred_in', 'transferred_out')),
  source             text NOT NULL,          -- 'declaration', 'assessment_110', 'back_payment', 'transfer', 'import', 'demo'
  entry_id           bigint REFERENCES journal_entries (id),  -- the entry that paid it (null while due/arrears)
  paid_on            date,
  updated_at         timestamptz NOT NULL,
  PRIMARY KEY (person_id, id)
);
CREATE UNIQUE INDEX rights_records_period_idx ON rights_records (person_id, scheme, period, (coalesce(employer_id, 0)));

-- Year-end interest (记账利息) runs: one per region, fund and year; resumable by cursor, and every
-- account's credit has the idempotency key 'interest:<year>:<fund>:<person_id>' so a rerun never
-- credits twice.
CREATE TABLE interest_runs (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code    text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
  fund           text NOT NULL CHECK (fund IN ('pension', 'medical')),
  year           smallint NOT NULL,
  method         text NOT NULL CHECK (method IN ('annual', 'monthly-product')),
  rate           text NOT NULL,
  status         text NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
  accounts_total integer NOT NULL DEFAULT 0,
  accounts_done  integer NOT NULL DEFAULT 0,
  interest_fen   bigint NOT NULL DEFAULT 0,
  cursor_person  bigint NOT NULL DEFAULT 0,
  started_by     text NOT NULL,
  started_at     timestamptz NOT NULL,
  finished_at    timestamptz,
  error          text,
  UNIQUE (region_code, fund, year)
);

-- 个人权益记录单: an issued annual statement. The PDF is rendered again on demand from the ledger
-- as known at issued_at; content_hash (SM3 of the canonical statement) proves it unchanged, and
-- the verification code backs the QR link /verify-statement?no=&code=.
CREATE TABLE rights_statements (
  person_id         bigint NOT NULL REFERENCES persons (person_id),
  id                bigint GENERATED ALWAYS AS IDENTITY,
  statement_no      text NOT NULL UNIQUE,
  year              smallint NOT NULL,
  verification_code text NOT NULL,
  content_hash      text NOT NULL,
  closing_fen       bigint NOT NULL,
  issued_at         timestamptz NOT NULL,
  issued_by         text NOT NULL,          -- 'person', 'staff:<id>', 'run:<id>'
  run_id            bigint,
  PRIMARY KEY (person_id, id),
  UNIQUE (person_id, year, run_id)
);

-- Bulk statement runs for a region and year (job with progress, resumable by cursor).
CREATE TABLE statement_runs (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code   text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
  year          smallint NOT NULL,
  status        text NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
  persons_total integer NOT NULL DEFAULT 0,
  persons_done  integer NOT NULL DEFAULT 0,
  cursor_person bigint NOT NULL DEFAULT 0,
  started_by    text NOT NULL,
  started_at    timestamptz NOT NULL,
  finished_at   timestamptz,
  error         text,
  UNIQUE (region_code, year)
);

-- Control reconciliation (`shebao reconcile`, nightly): one run, its differences.
CREATE TABLE reconcile_runs (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  trigger     text NOT NULL CHECK (trigger IN ('schedule', 'cli', 'api')),
  started_at  timestamptz NOT NULL,
  finished_at timestamptz,
  ok          boolean,
  checks      jsonb NOT NULL DEFAULT '{}'::jsonb   -- per check: {checked, differences}
);

CREATE TABLE reconcile_differences (
  run_id       bigint NOT NULL REFERENCES reconcile_runs (id),
  seq          integer NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('balance_cache', 'individual_cache', 'control_total',
                 'entry_unbalanced', 'chain_broken')),
  account_id   bigint,
  person_id    bigint,
  fund         text,
  entry_id     bigint,
  batch_no     bigint,
  expected_fen bigint,
  actual_fen   bigint,
  detail       text NOT NULL,
  PRIMARY KEY (run_id, seq)
);
