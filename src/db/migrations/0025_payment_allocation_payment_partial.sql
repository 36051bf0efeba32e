-- payment_allocations_payment_idx is read only for a payment's own allocations (payment_id = X).
-- The month close writes millions of allocations of held credit, whose payment_id is null: a
-- partial index serves the same reads without an index entry for each of them.
DROP INDEX payment_allocations_payment_idx;
CREATE INDEX payment_allocations_payment_idx ON payment_allocations (payment_id) WHERE payment_id IS NOT NULL;
