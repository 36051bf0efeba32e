-- Issue 14: API-key scopes become a closed list, one per kind of call.

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
