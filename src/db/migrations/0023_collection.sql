-- Contribution collection (issue 6, GB/T 27768 §7.2.2): declarations, assessment, bills, payments
-- and their allocation, payer credit and refunds, payment files, arrears and late fees, payment
-- orders, deferral agreements, enforcement steps, back payments, month close. Money is BIGINT fen;
-- money moves only through the ledger (postEntries / postContributions), these tables say why.
-- docs/collection-plan.md is the contract every part follows.

INSERT INTO role_permissions (role_code, permission) VALUES
  ('clerk', 'collection.read'), ('clerk', 'collection.declare'), ('clerk', 'collection.pay'),
  ('clerk', 'collection.enforce'),
  ('reviewer', 'collection.read'), ('reviewer', 'collection.declare'), ('reviewer', 'collection.enforce'),
  ('approver', 'collection.read'), ('approver', 'collection.approve'),
  ('fund_accountant', 'collection.read'), ('fund_accountant', 'collection.pay'), ('fund_accountant', 'collection.close'),
  ('auditor', 'collection.read'),
  ('supervisor', 'collection.read'), ('supervisor', 'collection.approve'), ('supervisor', 'collection.close');

-- Policy keys the assessment needs beyond 0015 (national defaults below; regions override). The
-- 110 % rule is collection.undeclared_assessment_ratio (0015).
INSERT INTO policy_keys (key, kind, insurance, name_zh, name_en, unit, description, local, value_min, value_max, allowed_values, sort) VALUES
  ('medical.flexible.rate', 'rate', 'medical', '灵活就业人员医疗保险缴费比例', 'Medical: flexible workers'' rate', 'ratio',
   'Share of the chosen base a flexible worker pays for medical insurance (all to the pooled fund unless the account share says otherwise)', true, '0', '1', NULL, 215),
  ('medical.flexible.account_share', 'rate', 'medical', '灵活就业人员医疗个人账户划入比例', 'Medical: flexible workers'' account share', 'ratio',
   'Share of a flexible worker''s medical base credited to the individual account', true, '0', '1', NULL, 216),
  ('collection.base_declaration', 'text', 'collection', '缴费基数申报方式', 'Contribution base: how it is declared', 'method',
   'monthly: every monthly declaration carries each employee''s wage; annual: the employer declares each employee''s base once a year and monthly declarations may omit it', true, NULL, NULL, ARRAY['monthly', 'annual'], 711);

INSERT INTO policy_parameters (region_code, key, kind, valid_from, value, basis) VALUES
  ('000000', 'medical.flexible.rate', 'rate', '1999-01-01', '0.10', 'RULES.md §2 (local; national default: employer 8 % + employee 2 %)'),
  ('000000', 'medical.flexible.account_share', 'rate', '2021-04-13', '0', '国办发〔2021〕14号 (local; default: no account credit)'),
  ('000000', 'collection.base_declaration', 'text', '1999-01-22', 'monthly', 'RULES.md §3 (local; default: monthly)');

-- The collection state of a (region, period): open for declarations until the month close ends.
CREATE TABLE collection_periods (
  region_code  text NOT NULL,
  period       text NOT NULL CHECK (period ~ '^\d{4}(0[1-9]|1[0-2])$'),
  status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  closed_at    timestamptz,
  month_close_id bigint,
  PRIMARY KEY (region_code, period)
);

-- 缴费申报. One per payer, kind and period; a correction adds a revision (lines of every revision kept).
-- kind 'monthly': period YYYYMM, each line the employee's wage of the month (flexible: the chosen base).
-- kind 'annual_base': period YYYY (the base year), each line the employee's base for that year.
CREATE TABLE contribution_declarations (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  declaration_no  text NOT NULL UNIQUE,                  -- 'SB' + period + 8-digit id, e.g. SB20251100000017
  payer_kind      text NOT NULL CHECK (payer_kind IN ('employer', 'flexible')),
  employer_id     bigint REFERENCES employers (id),
  person_id       bigint REFERENCES persons (person_id), -- the flexible worker
  kind            text NOT NULL CHECK (kind IN ('monthly', 'annual_base')),
  period          text NOT NULL,
  region_code     text NOT NULL,
  revision        integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
  status          text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'closed')),
  channel         text NOT NULL CHECK (channel IN ('web', 'api', 'window', 'import')),
  line_count      integer NOT NULL CHECK (line_count >= 0),
  total_wage_fen  bigint NOT NULL CHECK (total_wage_fen >= 0),
  file_name       text,
  case_id         bigint REFERENCES cases (id),
  submitted_at    timestamptz NOT NULL,
  submitted_by    text NOT NULL,                         -- 'employer:<id>', 'person:<id>', 'staff:<id>', 'apikey:<id>'
  CHECK ((payer_kind = 'employer') = (employer_id IS NOT NULL AND person_id IS NULL)),
  CHECK ((payer_kind = 'flexible') = (person_id IS NOT NULL AND employer_id IS NULL)),
  CHECK ((kind = 'monthly' AND period ~ '^\d{4}(0[1-9]|1[0-2])$') OR (kind = 'annual_base' AND period ~ '^\d{4}$'))
);
CREATE UNIQUE INDEX contribution_declarations_payer_idx
  ON contribution_declarations (payer_kind, coalesce(employer_id, 0), coalesce(person_id, 0), kind, period);
CREATE INDEX contribution_declarations_period_idx ON contribution_declarations (region_code, period);

CREATE TABLE declaration_lines (
  declaration_id  bigint NOT NULL REFERENCES contribution_declarations (id),
  revision        integer NOT NULL,
  person_id       bigint NOT NULL REFERENCES persons (person_id),
  wage_fen        bigint NOT NULL CHECK (wage_fen > 0),
  PRIMARY KEY (declaration_id, revision, person_id)
);

-- 工伤保险浮动费率: the employer's multiplier of its class's base rate, effective-dated.
CREATE TABLE employer_rate_floats (
  employer_id  bigint NOT NULL REFERENCES employers (id),
  valid_from   date NOT NULL,
  multiplier   numeric(6, 4) NOT NULL CHECK (multiplier > 0),
  reason       text NOT NULL,
  set_by       text NOT NULL,
  set_at       timestamptz NOT NULL,
  PRIMARY KEY (employer_id, valid_from)
);

-- 缴费单: what a payer owes for a period. 'regular' bills come from a declaration or the 110 % rule
-- (one per payer and period, re-assessed while the period is open and nothing is paid);
-- 'back_payment' bills from an approved back payment (补缴).
CREATE TABLE contribution_bills (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  bill_no               text NOT NULL UNIQUE,            -- 'JF' + period + 8-digit id
  payer_kind            text NOT NULL CHECK (payer_kind IN ('employer', 'flexible')),
  employer_id           bigint REFERENCES employers (id),
  person_id             bigint REFERENCES persons (person_id),
  period                text NOT NULL CHECK (period ~ '^\d{4}(0[1-9]|1[0-2])$'),
  region_code           text NOT NULL,
  kind                  text NOT NULL CHECK (kind IN ('regular', 'back_payment')),
  basis                 text NOT NULL CHECK (basis IN ('declared', 'undeclared', 'back_payment')),
  declaration_id        bigint REFERENCES contribution_declarations (id),
  declaration_revision  integer,
  back_payment_id       bigint,
  month_close_id        bigint,
  status                text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid', 'cancelled')),
  total_fen             bigint NOT NULL CHECK (total_fen >= 0),  -- Σ lines (employer + employee)
  paid_fen              bigint NOT NULL DEFAULT 0 CHECK (paid_fen >= 0 AND paid_fen <= total_fen),
  due_on                date NOT NULL,                          -- last day of the period month
  issued_at             timestamptz NOT NULL,
  CHECK ((payer_kind = 'employer') = (employer_id IS NOT NULL AND person_id IS NULL)),
  CHECK ((payer_kind = 'flexible') = (person_id IS NOT NULL AND employer_id IS NULL))
);
CREATE UNIQUE INDEX contribution_bills_regular_idx
  ON contribution_bills (payer_kind, coalesce(employer_id, 0), coalesce(person_id, 0), period)
  WHERE kind = 'regular' AND status <> 'cancelled';
CREATE INDEX contribution_bills_open_idx ON contribution_bills (region_code, period) WHERE status = 'open';
CREATE INDEX contribution_bills_employer_idx ON contribution_bills (employer_id, period) WHERE employer_id IS NOT NULL;
CREATE INDEX contribution_bills_person_idx ON contribution_bills (person_id, period) WHERE person_id IS NOT NULL;

-- A line: one person, one scheme. Paid whole, by one allocation (entry_id: the contribution entry).
CREATE TABLE bill_lines (
  bill_id             bigint NOT NULL REFERENCES contribution_bills (id),
  person_id           bigint NOT NULL REFERENCES persons (person_id),
  scheme              text NOT NULL CHECK (scheme IN ('pension', 'medical', 'unemployment', 'work_injury')),
  wage_fen            bigint NOT NULL CHECK (wage_fen >= 0),     -- what the base was derived from
  base_fen            bigint NOT NULL CHECK (base_fen >= 0),
  employer_fen        bigint NOT NULL CHECK (employer_fen >= 0),
  employee_fen        bigint NOT NULL CHECK (employee_fen >= 0),
  account_credit_fen  bigint NOT NULL CHECK (account_credit_fen >= 0),
  employer_rate       text NOT NULL,                             -- exact decimal strings used
  employee_rate       text NOT NULL,
  status              text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid')),
  payment_id          bigint,
  entry_id            bigint,
  paid_on             date,
  PRIMARY KEY (bill_id, person_id, scheme),
  CHECK ((status = 'paid') = (entry_id IS NOT NULL))
);
CREATE INDEX bill_lines_open_idx ON bill_lines (bill_id) WHERE status = 'open';

-- 实缴: money received from a payer. Allocated at once to open amounts (oldest first unless the
-- payment names bills); what is left is held as the payer's credit.
CREATE TABLE payments (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  payment_no     text NOT NULL UNIQUE,                   -- 'SK' + yyyymmdd + 8-digit id
  payer_kind     text NOT NULL CHECK (payer_kind IN ('employer', 'flexible')),
  employer_id    bigint REFERENCES employers (id),
  person_id      bigint REFERENCES persons (person_id),
  region_code    text NOT NULL,
  amount_fen     bigint NOT NULL CHECK (amount_fen > 0),
  received_on    date NOT NULL,
  channel        text NOT NULL CHECK (channel IN ('window', 'bank_file', 'tax_file', 'api')),
  reference      text NOT NULL,                          -- the bank's or tax bureau's transaction reference
  payment_file_id bigint,
  allocated_fen  bigint NOT NULL DEFAULT 0,
  held_fen       bigint NOT NULL DEFAULT 0,
  recorded_at    timestamptz NOT NULL,
  recorded_by    text NOT NULL,
  CHECK (allocated_fen + held_fen = amount_fen),
  CHECK ((payer_kind = 'employer') = (employer_id IS NOT NULL AND person_id IS NULL)),
  CHECK ((payer_kind = 'flexible') = (person_id IS NOT NULL AND employer_id IS NULL))
);
CREATE UNIQUE INDEX payments_reference_idx ON payments (channel, reference);
CREATE INDEX payments_employer_idx ON payments (employer_id, received_on) WHERE employer_id IS NOT NULL;
CREATE INDEX payments_person_idx ON payments (person_id, received_on) WHERE person_id IS NOT NULL;

-- Where each payment's money went: a bill line, a late fee, or the payer's credit (and back).
CREATE TABLE payment_allocations (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  payment_id   bigint REFERENCES payments (id),          -- null when credit is applied at month close
  credit_id    bigint,                                   -- payer_credits row the money came from, if any
  bill_id      bigint REFERENCES contribution_bills (id),
  person_id    bigint,
  scheme       text,
  late_fee_id  bigint,
  amount_fen   bigint NOT NULL CHECK (amount_fen > 0),
  entry_id     bigint NOT NULL,
  allocated_at timestamptz NOT NULL,
  CHECK ((bill_id IS NOT NULL) <> (late_fee_id IS NOT NULL))
);
CREATE INDEX payment_allocations_payment_idx ON payment_allocations (payment_id);
CREATE INDEX payment_allocations_bill_idx ON payment_allocations (bill_id);

-- The payer's credit (预缴/溢缴): movements in and out. Balance = Σ amount (held +, applied and refunded −).
CREATE TABLE payer_credits (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  payer_kind   text NOT NULL CHECK (payer_kind IN ('employer', 'flexible')),
  employer_id  bigint REFERENCES employers (id),
  person_id    bigint REFERENCES persons (person_id),
  region_code  text NOT NULL,
  movement     text NOT NULL CHECK (movement IN ('held', 'applied', 'refunded')),
  amount_fen   bigint NOT NULL CHECK (amount_fen <> 0),
  payment_id   bigint,
  refund_id    bigint,
  entry_id     bigint NOT NULL,
  at           timestamptz NOT NULL
);
CREATE INDEX payer_credits_payer_idx ON payer_credits (payer_kind, coalesce(employer_id, 0), coalesce(person_id, 0));

-- 退费: a refund of credit, maker-checker.
CREATE TABLE refunds (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  refund_no     text NOT NULL UNIQUE,
  payer_kind    text NOT NULL CHECK (payer_kind IN ('employer', 'flexible')),
  employer_id   bigint REFERENCES employers (id),
  person_id     bigint REFERENCES persons (person_id),
  region_code   text NOT NULL,
  amount_fen    bigint NOT NULL CHECK (amount_fen > 0),
  reason        text NOT NULL,
  status        text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected')),
  proposed_by   bigint NOT NULL,
  proposed_at   timestamptz NOT NULL,
  decided_by    bigint,
  decided_at    timestamptz,
  decision_note text,
  entry_id      bigint,
  CHECK (decided_by IS NULL OR decided_by <> proposed_by)
);

-- A bank's or the tax bureau's payment file: applied whole or not at all; a repeated file (same
-- content hash) is refused.
CREATE TABLE payment_files (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  file_no          text NOT NULL UNIQUE,
  source           text NOT NULL CHECK (source IN ('bank', 'tax')),
  file_name        text NOT NULL,
  content_hash     text NOT NULL UNIQUE,                -- SM3 of the file's bytes
  row_count        integer NOT NULL,
  total_fen        bigint NOT NULL,
  report           jsonb NOT NULL,                      -- the reconciliation report (matched, over, under, …)
  imported_by      bigint NOT NULL,
  imported_at      timestamptz NOT NULL
);

-- 滞纳金: a late fee charged on an amount paid late (or accrued at month close on what is still owed).
CREATE TABLE late_fees (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  bill_id       bigint NOT NULL REFERENCES contribution_bills (id),
  person_id     bigint NOT NULL,
  scheme        text NOT NULL,
  arrears_fen   bigint NOT NULL CHECK (arrears_fen > 0),
  start_on      date NOT NULL,                           -- first day of the month after the period
  end_on        date NOT NULL,                           -- the day before the payment is assessed
  days          integer NOT NULL CHECK (days >= 0),
  fee_fen       bigint NOT NULL CHECK (fee_fen >= 0),
  status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid', 'waived')),
  paid_fen      bigint NOT NULL DEFAULT 0,
  charged_at    timestamptz NOT NULL,
  UNIQUE (bill_id, person_id, scheme)
);
CREATE INDEX late_fees_open_idx ON late_fees (bill_id) WHERE status = 'open';

-- 催缴通知: a payment order to an employer in arrears (PDF rendered on demand).
CREATE TABLE payment_orders (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_no      text NOT NULL UNIQUE,
  employer_id   bigint REFERENCES employers (id),
  person_id     bigint REFERENCES persons (person_id),
  arrears_fen   bigint NOT NULL,
  late_fee_fen  bigint NOT NULL,
  as_of         date NOT NULL,
  pay_by        date NOT NULL,
  periods       text[] NOT NULL,
  issued_by     bigint NOT NULL,
  issued_at     timestamptz NOT NULL
);

-- 缓缴协议: while active, the periods it covers accrue no late fee (documented choice).
CREATE TABLE deferral_agreements (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agreement_no   text NOT NULL UNIQUE,
  employer_id    bigint NOT NULL REFERENCES employers (id),
  from_period    text NOT NULL,
  to_period      text NOT NULL,
  pay_by         date NOT NULL,
  guarantee      text,
  status         text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'active', 'rejected', 'completed', 'breached', 'cancelled')),
  proposed_by    bigint NOT NULL,
  proposed_at    timestamptz NOT NULL,
  decided_by     bigint,
  decided_at     timestamptz,
  note           text,
  CHECK (decided_by IS NULL OR decided_by <> proposed_by),
  CHECK (from_period <= to_period)
);

-- 强制征缴: the enforcement steps taken against an employer.
CREATE TABLE enforcement_steps (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  employer_id   bigint NOT NULL REFERENCES employers (id),
  step          text NOT NULL CHECK (step IN ('order_to_pay', 'bank_query', 'deduction', 'guarantee', 'deferral', 'court')),
  taken_on      date NOT NULL,
  document_no   text,
  note          text NOT NULL,
  payment_order_id bigint REFERENCES payment_orders (id),
  recorded_by   bigint NOT NULL,
  recorded_at   timestamptz NOT NULL
);
CREATE INDEX enforcement_steps_employer_idx ON enforcement_steps (employer_id, taken_on);

-- 补缴 (and 延长缴费): through the service desk, approved by a different person; approval issues
-- back-payment bills at the bases and rates of the periods.
CREATE TABLE back_payments (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  back_payment_no text NOT NULL UNIQUE,
  kind           text NOT NULL CHECK (kind IN ('back_payment', 'extension')),
  payer_kind     text NOT NULL CHECK (payer_kind IN ('employer', 'flexible')),
  employer_id    bigint REFERENCES employers (id),
  person_id      bigint NOT NULL REFERENCES persons (person_id),
  from_period    text NOT NULL,
  to_period      text NOT NULL,
  wage_fen       bigint NOT NULL CHECK (wage_fen > 0),
  schemes        text[] NOT NULL,
  employer_at_fault boolean NOT NULL,
  reason         text NOT NULL,
  case_id        bigint REFERENCES cases (id),
  status         text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected')),
  proposed_by    bigint NOT NULL,
  proposed_at    timestamptz NOT NULL,
  decided_by     bigint,
  decided_at     timestamptz,
  decision_note  text,
  CHECK (decided_by IS NULL OR decided_by <> proposed_by),
  CHECK (from_period <= to_period)
);

-- 月结: one run per region and period; resumable (step + cursor), never posts twice (every posting
-- has an idempotency key derived from the bill line).
CREATE TABLE month_closes (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code   text NOT NULL,
  period        text NOT NULL CHECK (period ~ '^\d{4}(0[1-9]|1[0-2])$'),
  status        text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'failed')),
  step          text NOT NULL DEFAULT 'assess',
  cursor        bigint NOT NULL DEFAULT 0,
  payers_total  integer NOT NULL DEFAULT 0,
  payers_done   integer NOT NULL DEFAULT 0,
  counts        jsonb NOT NULL DEFAULT '{}',
  report        jsonb,
  error         text,
  started_by    text NOT NULL,
  started_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL,
  finished_at   timestamptz,
  UNIQUE (region_code, period)
);
