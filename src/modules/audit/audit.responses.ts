/** What the audit trail's routes answer: entries of the chain, and the verdict of its verification. */
import { z } from 'zod';
import { instantText, listOf } from '../../http/response-pieces.ts';

/** One entry of the audit chain: who did what to which record, from where, with what outcome. */
export const auditEntry = z
  .object({
    seq: z.number().int().describe('Position in the chain, from 1 without gaps'),
    at: instantText,
    actorKind: z.string().describe('staff, person, employer, anonymous or system'),
    actorId: z.number().int().nullable(),
    actorName: z.string(),
    agencyId: z.number().int().nullable(),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    outcome: z.enum(['success', 'denied', 'failed']),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });

/** `GET /api/audit`: a page, newest first. */
export const auditPage = z.object({ items: listOf(auditEntry), total: z.number().int() });

/** `GET /api/audit/verify`: whether every link holds, and where the first one breaks. */
export const auditVerdict = z
  .object({
    ok: z.boolean(),
    checked: z.number().int().describe('Intact entries before the first bad one'),
    firstBadSeq: z.number().int().nullable(),
    reason: z.enum(['gap_in_sequence', 'broken_link', 'altered_entry', 'missing_tail']).nullable(),
  })
  .meta({ id: 'AuditVerdict' });
