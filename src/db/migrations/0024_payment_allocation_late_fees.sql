-- What was paid on a late fee (a statement's late fees, a bill's detail) is found by
-- payment_allocations.late_fee_id, which had no index: those reads scanned every allocation. Partial,
-- so the month close's many contribution allocations (late_fee_id null) do not maintain it.
CREATE INDEX payment_allocations_late_fee ON payment_allocations (late_fee_id) WHERE late_fee_id IS NOT NULL;
