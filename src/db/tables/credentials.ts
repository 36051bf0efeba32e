/** Tables of migration 0030: administrator credential resets, failed-login counters, trusted devices. */
import type { Defaulted, Id, Instant, InstantNullable } from './common.ts';

export type CredentialResetStatus = 'pending' | 'approved' | 'rejected' | 'expired';

export interface CredentialResetTable {
  id: Id;
  staff_id: number;
  reason: string;
  requested_by: number;
  requested_at: Instant;
  expires_at: Instant;
  status: Defaulted<CredentialResetStatus>;
  decided_by: number | null;
  decided_at: InstantNullable;
  decision_note: string | null;
}

export type LoginFailureScope = 'source' | 'account' | 'pair' | 'device';

export interface LoginFailureTable {
  login_key: string;
  scope: LoginFailureScope;
  source: string;
  failures: number;
  last_failure_at: Instant;
}

export interface LoginDeviceTable {
  device_digest: string;
  login_key: string;
  created_at: Instant;
  last_used_at: Instant;
}

export interface CredentialTables {
  credential_resets: CredentialResetTable;
  login_failures: LoginFailureTable;
  login_devices: LoginDeviceTable;
}
