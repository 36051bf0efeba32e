/** The audit trail's shapes: who did what to which record, from where, with what outcome. */

export type AuditOutcome = 'success' | 'denied' | 'failed';

/** Who acted and from where; built once per request by `http/`. */
export interface AuditActor {
  readonly kind: 'staff' | 'person' | 'employer' | 'anonymous' | 'system';
  readonly id: number | null;
  readonly name: string;
  readonly agencyId: number | null;
  readonly ip: string | null;
  readonly requestId: string | null;
}

export interface AuditEvent {
  readonly action: string;
  readonly entity: string;
  readonly entityId?: string | number | null;
  readonly outcome?: AuditOutcome;
  readonly details?: Record<string, unknown>;
}

export interface AuditEntry {
  readonly seq: number;
  readonly at: Date;
  readonly actorKind: string;
  readonly actorId: number | null;
  readonly actorName: string;
  readonly agencyId: number | null;
  readonly ip: string | null;
  readonly requestId: string | null;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string | null;
  readonly outcome: AuditOutcome;
  readonly details: Record<string, unknown>;
}

export const systemActor: AuditActor = {
  kind: 'system',
  id: null,
  name: 'system',
  agencyId: null,
  ip: null,
  requestId: null,
};

export const GENESIS_HASH = '0'.repeat(64);
