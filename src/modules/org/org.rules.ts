/** Pure rules of the organisation: levels, GB/T 2260 division codes, the tree, separation of duties. */
import { isAdminRole } from '../auth/index.ts';
import type { AgencyLevel } from './org.model.ts';

/**
 * Shape of a division code per level. Province to county are the six-digit GB/T 2260 codes
 * (XX0000, XXXX00, XXXXXX); township and community use the 9- and 12-digit statistical division
 * codes that extend them.
 */
const DIVISION_SHAPE: Record<AgencyLevel, RegExp> = {
  1: /^[1-9]\d0000$/,
  2: /^[1-9]\d{3}00$/,
  3: /^[1-9]\d{5}$/,
  4: /^[1-9]\d{8}$/,
  5: /^[1-9]\d{11}$/,
};

/** How many leading digits of a code are significant at each level. */
const SIGNIFICANT_DIGITS: Record<AgencyLevel, number> = { 1: 2, 2: 4, 3: 6, 4: 9, 5: 12 };

/** True when the code has the shape of its level and extends the parent's division. */
export function divisionFits(
  level: AgencyLevel,
  code: string,
  parent: { level: AgencyLevel; divisionCode: string } | null,
): boolean {
  if (!DIVISION_SHAPE[level].test(code)) return false;
  if (level === 2 && code.endsWith('0000')) return false;
  if (level === 3 && code.endsWith('00')) return false;
  if (!parent) return true;
  const prefix = parent.divisionCode.slice(0, SIGNIFICANT_DIGITS[parent.level]);
  return code.startsWith(prefix) && code !== parent.divisionCode;
}

/** A child sits below its parent; a county may hang directly from a province (省直管县). */
export function levelFits(level: AgencyLevel, parentLevel: AgencyLevel | null): boolean {
  return parentLevel === null ? level === 1 : level > parentLevel;
}

/** True when `path` lies in the subtree whose root has path `scopePath`. */
export function inSubtree(path: string, scopePath: string): boolean {
  return path.startsWith(scopePath);
}

/** Moving `agencyPath` under `newParentPath` would make a cycle. */
export function wouldCycle(agencyPath: string, newParentPath: string): boolean {
  return inSubtree(newParentPath, agencyPath);
}

/** The path of a child of `parentPath` with id `id`. */
export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? '/'}${id}/`;
}

/**
 * Separation of duties (MLPS level 3): one administrator role alone, or business roles only.
 * Returns false for a mixed or double-administrator set.
 */
export function rolesSeparable(roles: readonly string[]): boolean {
  const admin = roles.filter(isAdminRole);
  return admin.length === 0 || (admin.length === 1 && roles.length === 1);
}

/** Valid HH:MM within a day, opening strictly before closing, days 1 (Monday) to 7. */
export function openingHoursValid(
  hours: ReadonlyArray<{ days: readonly number[]; open: string; close: string }>,
): boolean {
  return hours.every((h) => h.open < h.close && h.days.length > 0 && new Set(h.days).size === h.days.length);
}

/**
 * True when resetting the account's credentials needs a second administrator: it holds one of the
 * three administrator roles, so one administrator alone could otherwise become another.
 */
export function resetNeedsApproval(targetRoles: readonly string[]): boolean {
  return targetRoles.some(isAdminRole);
}

export type ResetDecisionRefusal =
  'credential_reset_own_account' | 'credential_reset_own_request' | 'credential_reset_same_role';

/**
 * Why `decider` may not decide on a credential reset, or null when they may. The account holder
 * has no say over their own reset; the requester may withdraw (reject) but never approve; and an
 * approver holds another administrator role than the requester, so that the three administrators
 * check each other (a second system administrator does not check the first).
 */
export function resetDecisionRefusal(
  decider: { id: number; roles: readonly string[] },
  request: { staffId: number; requestedBy: number; requesterRoles: readonly string[] },
  decision: 'approve' | 'reject',
): ResetDecisionRefusal | null {
  if (decider.id === request.staffId) return 'credential_reset_own_account';
  if (decision === 'reject') return null;
  if (decider.id === request.requestedBy) return 'credential_reset_own_request';
  const shared = decider.roles.filter(isAdminRole).some((role) => request.requesterRoles.includes(role));
  return shared ? 'credential_reset_same_role' : null;
}
