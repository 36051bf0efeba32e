/**
 * Registration work done at the window belongs to a service-desk case: the clerk names the case
 * (accepted, not yet closed, of the matching service item, for the same applicant, in scope), and
 * the registration records carry its id so the case, the archive and the history join up.
 */
import type { Executor } from '../../db/connection.ts';
import type { StaffActor } from '../auth/index.ts';
import { findCaseByNumber } from '../cases/index.ts';
import { rejectRegistration } from './registration.rejections.ts';
import { inSubtree } from '../org/index.ts';

/**
 * The id of the open case `caseNumber` of one of `itemCodes` whose applicant has `applicantIndex`;
 * null when no case number was given. Refuses `registration_case_mismatch` otherwise.
 */
export async function linkedCaseId(
  db: Executor,
  actor: StaffActor,
  caseNumber: string | null | undefined,
  itemCodes: readonly string[],
  applicantIndex: string | null,
): Promise<number | null> {
  if (!caseNumber) return null;
  const found = await findCaseByNumber(db, caseNumber);
  const open =
    found && (found.status === 'in_progress' || found.status === 'waiting_materials' || found.status === 'received');
  if (
    !found ||
    !open ||
    !itemCodes.includes(found.itemCode) ||
    !inSubtree(found.agencyPath, actor.agencyPath) ||
    (applicantIndex !== null && found.applicantIndex !== applicantIndex)
  )
    throw rejectRegistration('registration_case_mismatch', { caseNumber });
  return found.id;
}
