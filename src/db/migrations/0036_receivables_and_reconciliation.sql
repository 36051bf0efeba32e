-- Issue 14 item 17: every screen can be trusted beside any other.
--
-- A bill is a receivable in the ledger from the day it is issued: Dr the payer's receivable
-- (employer_receivable, or person_receivable for a flexible worker) / Cr contributions_billed
-- (应征未收缴费), per fund; paying a line clears it the other way round. Income stays on the cash
-- side (contribution_income is booked when the money arrives, as before): the receivable and its
-- counterpart move together, so the pooled, bank and individual figures do not change. The
-- receivables' credit balance in the pension fund is still the payers' credit, now per payer kind.
ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_check;
ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_kind_check CHECK (kind IN ('pooled_fund',
  'individual_liability', 'employer_receivable', 'person_receivable', 'contributions_billed',
  'contribution_income', 'interest_expense', 'benefit_expenditure', 'transfer_clearing', 'bank_income',
  'bank_expenditure', 'bank_fiscal'));

-- The two new accounts of every fund in every region that has a chart (ensureChart adds them for
-- new regions), opened with the region's chart, with their empty balance rows.
INSERT INTO ledger_accounts (code, fund, kind, region_code, normal_side, name_zh, name_en, opened_on)
SELECT f.fund || '.' || k.kind || '.' || r.region_code, f.fund, k.kind, r.region_code, k.normal_side,
       f.name_zh || '·' || k.name_zh, f.name_en || ': ' || k.name_en, r.opened_on
  FROM (SELECT region_code, min(opened_on) AS opened_on FROM ledger_accounts GROUP BY region_code) r
 CROSS JOIN (VALUES ('pension', '职工基本养老保险基金', 'Employee basic pension fund'),
                    ('medical', '职工基本医疗保险基金', 'Employee basic medical insurance fund'),
                    ('unemployment', '失业保险基金', 'Unemployment insurance fund'),
                    ('work_injury', '工伤保险基金', 'Work injury insurance fund')) AS f(fund, name_zh, name_en)
 CROSS JOIN (VALUES ('person_receivable', 'debit', '应收个人缴费', 'Contributions receivable from persons'),
                    ('contributions_billed', 'credit', '应征未收缴费', 'Contributions billed, not yet collected'))
            AS k(kind, normal_side, name_zh, name_en)
ON CONFLICT (fund, kind, region_code) DO NOTHING;
INSERT INTO ledger_balances (account_id)
SELECT id FROM ledger_accounts WHERE kind IN ('person_receivable', 'contributions_billed')
ON CONFLICT (account_id) DO NOTHING;

-- The reconciliation run gains the collection checks: bills against their lines and the ledger's
-- receivables, payments against their allocations and the bank postings, arrears against the
-- receivables past due (and late fees paid against their entries), rights records against their
-- entries and the open bill lines. A difference may name the bill, the payment and the employer.
ALTER TABLE reconcile_differences DROP CONSTRAINT reconcile_differences_kind_check;
ALTER TABLE reconcile_differences ADD CONSTRAINT reconcile_differences_kind_check CHECK (kind IN (
  'balance_cache', 'individual_cache', 'control_total', 'entry_unbalanced', 'chain_broken', 'rights_projection',
  'bill_lines', 'bill_receivable', 'payment_allocation', 'payment_bank', 'arrears_receivable', 'rights_paid',
  'rights_owed'));
ALTER TABLE reconcile_differences ADD COLUMN bill_id bigint;
ALTER TABLE reconcile_differences ADD COLUMN payment_id bigint;
ALTER TABLE reconcile_differences ADD COLUMN employer_id bigint;

