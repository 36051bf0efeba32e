import { describe, expect, it } from 'vitest';
import {
  childPath,
  divisionFits,
  inSubtree,
  levelFits,
  openingHoursValid,
  resetDecisionRefusal,
  resetNeedsApproval,
  rolesSeparable,
  wouldCycle,
} from './org.rules.ts';

describe('division codes', () => {
  it.each([
    [1, '330000', null, true],
    [1, '330100', null, false],
    [2, '330100', { level: 1, divisionCode: '330000' }, true],
    [2, '340100', { level: 1, divisionCode: '330000' }, false],
    [2, '330000', { level: 1, divisionCode: '330000' }, false],
    [3, '330106', { level: 2, divisionCode: '330100' }, true],
    [3, '330100', { level: 2, divisionCode: '330100' }, false],
    [3, '330206', { level: 2, divisionCode: '330100' }, false],
    [3, '330381', { level: 1, divisionCode: '330000' }, true],
    [4, '330106001', { level: 3, divisionCode: '330106' }, true],
    [4, '330107001', { level: 3, divisionCode: '330106' }, false],
    [4, '33010600', { level: 3, divisionCode: '330106' }, false],
    [5, '330106001001', { level: 4, divisionCode: '330106001' }, true],
    [5, '330106002001', { level: 4, divisionCode: '330106001' }, false],
    [5, '33010600100a', { level: 4, divisionCode: '330106001' }, false],
  ] as const)('level %i code %s under %o → %s', (level, code, parent, expected) => {
    expect(divisionFits(level, code, parent)).toBe(expected);
  });
});

describe('tree', () => {
  it('levels descend, roots are provinces', () => {
    expect(levelFits(1, null)).toBe(true);
    expect(levelFits(2, null)).toBe(false);
    expect(levelFits(3, 1)).toBe(true);
    expect(levelFits(2, 2)).toBe(false);
  });
  it('subtrees and cycles follow the materialised path', () => {
    expect(inSubtree('/1/2/3/', '/1/2/')).toBe(true);
    expect(inSubtree('/1/22/', '/1/2/')).toBe(false);
    expect(wouldCycle('/1/2/', '/1/2/5/')).toBe(true);
    expect(wouldCycle('/1/2/', '/1/3/')).toBe(false);
    expect(childPath('/1/', 7)).toBe('/1/7/');
    expect(childPath(null, 1)).toBe('/1/');
  });
});

describe('separation of duties', () => {
  it.each([
    [['clerk', 'reviewer'], true],
    [['sysadmin'], true],
    [['sysadmin', 'audit_admin'], false],
    [['security_officer', 'clerk'], false],
    [[], true],
  ])('%o → %s', (roles, expected) => {
    expect(rolesSeparable(roles)).toBe(expected);
  });
});

describe('opening hours', () => {
  it('needs open before close and distinct days', () => {
    expect(openingHoursValid([{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }])).toBe(true);
    expect(openingHoursValid([{ days: [1], open: '17:00', close: '09:00' }])).toBe(false);
    expect(openingHoursValid([{ days: [1, 1], open: '09:00', close: '17:00' }])).toBe(false);
    expect(openingHoursValid([{ days: [], open: '09:00', close: '17:00' }])).toBe(false);
  });
});

describe('who decides on an administrator’s credential reset', () => {
  const request = { staffId: 3, requestedBy: 1, requesterRoles: ['sysadmin'] };
  it.each([
    ['the security officer approves the system administrator’s request', 2, ['security_officer'], 'approve', null],
    ['the audit administrator approves it', 4, ['audit_admin'], 'approve', null],
    ['the requester approves their own request', 1, ['sysadmin'], 'approve', 'credential_reset_own_request'],
    ['the account holder approves', 3, ['audit_admin'], 'approve', 'credential_reset_own_account'],
    ['a second system administrator approves', 5, ['sysadmin'], 'approve', 'credential_reset_same_role'],
    ['the requester withdraws', 1, ['sysadmin'], 'reject', null],
    ['a second system administrator rejects', 5, ['sysadmin'], 'reject', null],
    ['the account holder rejects', 3, ['audit_admin'], 'reject', 'credential_reset_own_account'],
  ] as const)('%s → %s', (_name, id, roles, decision, refusal) => {
    expect(resetDecisionRefusal({ id, roles }, request, decision)).toBe(refusal);
  });

  it.each([
    [['sysadmin'], true],
    [['security_officer'], true],
    [['audit_admin'], true],
    [['clerk', 'reviewer'], false],
    [[], false],
  ])('roles %o need a second administrator for a reset: %s', (roles, needs) => {
    expect(resetNeedsApproval(roles)).toBe(needs);
  });
});
