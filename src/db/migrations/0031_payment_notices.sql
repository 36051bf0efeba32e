-- Issue 14: an employer's word is not money. Money is received only from the bank side (payment
-- files, the window); an employer sends a payment notice (缴款通知) that moves nothing and waits to
-- be matched to such a payment. API-key scopes become a closed list, one per kind of call.

-- Declarations through the payroll API used to need `employment.write`; keys that held it keep
-- that power under its own name, so no integration stops working. No key is given
-- `payment_notices.*`: the withdrawn payment route recorded money, a notice is something else.
UPDATE employer_api_keys
   SET scopes = array_append(scopes, 'declarations.write')
 WHERE 'employment.write' = ANY (scopes) AND NOT 'declarations.write' = ANY (scopes);

ALTER TABLE employer_api_keys ADD CONSTRAINT employer_api_keys_scopes_known CHECK (
  cardinality(scopes) > 0
  AND scopes <@ ARRAY['employment.read', 'employment.write', 'declarations.write', 'bills.read',
                      'payment_notices.write', 'payment_notices.read']::text[]
);

-- What an employer says it paid: amount, the day, its bank and the transaction reference on its
-- bank slip, the bills it meant. Matched to a payment received from the bank side with the same
-- reference and amount (automatically, whichever comes first), or by a clerk; or dismissed.
CREATE TABLE payment_notices (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  notice_no       text NOT NULL UNIQUE,                 -- 'TZ' + yyyymmdd + 8-digit id
  employer_id     bigint NOT NULL REFERENCES employers (id),
  amount_fen      bigint NOT NULL CHECK (amount_fen > 0),
  paid_on         date NOT NULL,                        -- the employer's word; never a payment's date
  bank            text NOT NULL,
  reference       text NOT NULL,
  bill_ids        bigint[] NOT NULL DEFAULT '{}',       -- the employer's bills it names (checked when sent)
  note            text,
  channel         text NOT NULL CHECK (channel IN ('api', 'hall')),
  sent_by         text NOT NULL,                        -- 'apikey:<id>' or 'account:<id>'
  sent_at         timestamptz NOT NULL,
  status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'matched', 'dismissed')),
  payment_id      bigint REFERENCES payments (id),
  resolved_at     timestamptz,
  resolved_by     text,                                 -- 'auto' or 'staff:<id>'
  resolution_note text,
  CHECK ((status = 'matched') = (payment_id IS NOT NULL)),
  CHECK ((status = 'open') = (resolved_at IS NULL AND resolved_by IS NULL))
);
-- A payment answers one notice at most; an employer's reference names one live notice.
CREATE UNIQUE INDEX payment_notices_payment_idx ON payment_notices (payment_id) WHERE payment_id IS NOT NULL;
CREATE UNIQUE INDEX payment_notices_reference_idx ON payment_notices (employer_id, reference)
  WHERE status <> 'dismissed';
CREATE INDEX payment_notices_employer_idx ON payment_notices (employer_id, id);
CREATE INDEX payment_notices_open_idx ON payment_notices (id) WHERE status = 'open';

-- A notice sent after its payment was recorded looks the payment up by payer and reference.
CREATE INDEX payments_employer_reference_idx ON payments (employer_id, reference) WHERE employer_id IS NOT NULL;
