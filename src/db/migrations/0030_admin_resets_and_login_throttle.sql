-- Issue 14: the three administrators stay separate, and failed logins slow attackers down without
-- locking owners out (decision 32).

-- A reset of an administrator's password and second factor, maker-checker: one administrator asks,
-- another (never the one who asked, never the account holder) approves or rejects it.
CREATE TABLE credential_resets (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  staff_id      bigint NOT NULL REFERENCES staff (id),
  reason        text NOT NULL,
  requested_by  bigint NOT NULL REFERENCES staff (id),
  requested_at  timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL,
  -- 'expired': still pending when expires_at passed; set when someone next touches it.
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'expired')),
  decided_by    bigint REFERENCES staff (id),
  decided_at    timestamptz,
  decision_note text,
  CHECK (requested_by <> staff_id),
  CHECK (decided_by <> staff_id),
  CHECK (status <> 'approved' OR (decided_by IS NOT NULL AND decided_by <> requested_by)),
  CHECK ((status = 'pending') = (decided_at IS NULL))
);
-- At most one open request per account.
CREATE UNIQUE INDEX credential_resets_pending_idx ON credential_resets (staff_id) WHERE status = 'pending';
CREATE INDEX credential_resets_status_idx ON credential_resets (status, id);

-- Failed logins, counted per client address ('source'), per login name ('account'), per login
-- name and address ('pair') and per login name and trusted browser ('device'). A login name is
-- 'staff:<user name>' or '<person|employer>:<blind index>'; an address is IPv4 or an IPv6 /64.
-- A counter is forgotten an hour after its last failure.
CREATE TABLE login_failures (
  login_key       text NOT NULL,  -- '' for 'source'
  scope           text NOT NULL CHECK (scope IN ('source', 'account', 'pair', 'device')),
  source          text NOT NULL,  -- the address, the device digest, or '' for 'account'
  failures        integer NOT NULL CHECK (failures > 0),
  last_failure_at timestamptz NOT NULL,
  PRIMARY KEY (login_key, scope, source)
);
CREATE INDEX login_failures_last_idx ON login_failures (last_failure_at);

-- Browsers that completed a login with both factors for a login name; their attempts on it are
-- counted on their own, so no one else's failures hold the owner back.
CREATE TABLE login_devices (
  device_digest text NOT NULL,
  login_key     text NOT NULL,
  created_at    timestamptz NOT NULL,
  last_used_at  timestamptz NOT NULL,
  PRIMARY KEY (device_digest, login_key)
);
CREATE INDEX login_devices_login_idx ON login_devices (login_key);

-- The account lock that anyone could trigger gives way to the counters above.
ALTER TABLE staff DROP COLUMN failed_logins, DROP COLUMN locked_until;
ALTER TABLE public_accounts DROP COLUMN failed_logins, DROP COLUMN locked_until;

-- Every administrator may decide on another administrator's credential reset.
INSERT INTO role_permissions (role_code, permission) VALUES
  ('sysadmin', 'credential_reset.approve'),
  ('security_officer', 'credential_reset.approve'),
  ('audit_admin', 'credential_reset.approve');
