-- Persons and their own tables become distributable by person_id (issue 16): on a Citus cluster
-- they are hash-distributed and co-located, so one person's rows sit on one node; on one server
-- this migration changes the keys the same way, so that every driver runs one schema.
--
-- 1. An ID number stays registered once across the whole cluster. A unique index on persons
--    cannot say so once persons is split by person_id (a distributed unique must contain the
--    distribution column), so the ID's blind index is claimed in a table of its own, distributed
--    by the index itself: registering a person inserts the claim and the person in one transaction.
CREATE TABLE person_claims (
  id_index  text PRIMARY KEY,
  person_id bigint NOT NULL
);
INSERT INTO person_claims (id_index, person_id) SELECT id_index, person_id FROM persons;
ALTER TABLE persons DROP CONSTRAINT persons_id_index_key;
CREATE INDEX persons_id_index_idx ON persons (id_index);

-- 2. References that cross from one placement group to another cannot be foreign keys on Citus (a
--    distributed table references only co-located or reference tables; a table on the coordinator
--    cannot reference a distributed one). Each is listed in src/db/references.ts and checked by
--    `shebao reconcile` (kind `reference_missing`) instead.
ALTER TABLE employments DROP CONSTRAINT employments_employer_id_fkey;
ALTER TABLE enrolments DROP CONSTRAINT enrolments_employer_id_fkey;
ALTER TABLE rights_records DROP CONSTRAINT rights_records_employer_id_fkey;
ALTER TABLE rights_records DROP CONSTRAINT rights_records_entry_id_fkey;
ALTER TABLE person_duplicate_flags DROP CONSTRAINT person_duplicate_flags_person_id_fkey;
ALTER TABLE person_duplicate_flags DROP CONSTRAINT person_duplicate_flags_other_person_id_fkey;
ALTER TABLE person_merges DROP CONSTRAINT person_merges_survivor_id_fkey;
ALTER TABLE person_merges DROP CONSTRAINT person_merges_merged_id_fkey;
ALTER TABLE certificates DROP CONSTRAINT certificates_person_id_fkey;
ALTER TABLE rights_statements DROP CONSTRAINT rights_statements_person_id_fkey;
ALTER TABLE contribution_declarations DROP CONSTRAINT contribution_declarations_person_id_fkey;
ALTER TABLE declaration_lines DROP CONSTRAINT declaration_lines_person_id_fkey;
ALTER TABLE contribution_bills DROP CONSTRAINT contribution_bills_person_id_fkey;
ALTER TABLE bill_lines DROP CONSTRAINT bill_lines_person_id_fkey;
ALTER TABLE payments DROP CONSTRAINT payments_person_id_fkey;
ALTER TABLE payer_credits DROP CONSTRAINT payer_credits_person_id_fkey;
ALTER TABLE refunds DROP CONSTRAINT refunds_person_id_fkey;
ALTER TABLE payment_orders DROP CONSTRAINT payment_orders_person_id_fkey;
ALTER TABLE back_payments DROP CONSTRAINT back_payments_person_id_fkey;

-- 3. The reconciliation names a missing reference as a difference of its own.
ALTER TABLE reconcile_differences DROP CONSTRAINT reconcile_differences_kind_check;
ALTER TABLE reconcile_differences ADD CONSTRAINT reconcile_differences_kind_check CHECK (kind IN (
  'balance_cache', 'individual_cache', 'control_total', 'entry_unbalanced', 'chain_broken', 'rights_projection',
  'bill_lines', 'bill_receivable', 'payment_allocation', 'payment_bank', 'arrears_receivable', 'rights_paid',
  'rights_owed', 'reference_missing'));
