/** Agencies (经办机构) in five levels, their service points (服务网点) and windows. */
import type { OpeningHours } from '../../db/schema.ts';

export const AGENCY_LEVELS = [1, 2, 3, 4, 5] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

export const LEVEL_NAMES: Record<AgencyLevel, { zh: string; en: string }> = {
  1: { zh: '省级', en: 'Province' },
  2: { zh: '地市级', en: 'Prefecture' },
  3: { zh: '县区级', en: 'County' },
  4: { zh: '乡镇街道', en: 'Township' },
  5: { zh: '村社区', en: 'Community' },
};

export interface Agency {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly level: AgencyLevel;
  readonly divisionCode: string;
  readonly parentId: number | null;
  readonly path: string;
  readonly status: 'active' | 'closed';
  readonly openedOn: string;
  readonly closedOn: string | null;
  readonly version: number;
}

export interface ServiceWindow {
  readonly id: number;
  readonly number: string;
  readonly name: string;
  readonly status: 'active' | 'closed';
}

export interface ServicePoint {
  readonly id: number;
  readonly agencyId: number;
  readonly agencyName: string;
  readonly name: string;
  readonly address: string;
  readonly phone: string | null;
  readonly openingHours: OpeningHours[];
  readonly status: 'active' | 'closed';
  readonly version: number;
  readonly windows: ServiceWindow[];
}

export interface StaffMember {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly agencyId: number;
  readonly agencyName: string;
  readonly roles: string[];
  readonly status: 'active' | 'disabled';
  /** Failed logins on the account now hold back callers that failed on it (decision 29). */
  readonly loginThrottled: boolean;
  readonly totpEnrolled: boolean;
  readonly mustChangePassword: boolean;
  readonly lastLoginAt: string | null;
  /** An administrator: a reset of the password or second factor needs a second administrator. */
  readonly resetNeedsApproval: boolean;
  readonly version: number;
}

/** A credential reset request's validity: it is decided within a day, or asked again. */
export const CREDENTIAL_RESET_HOURS = 24;

/** A request to reset an administrator's password and second factor (maker-checker). */
export interface CredentialReset {
  readonly id: number;
  readonly staffId: number;
  readonly staffUsername: string;
  readonly staffName: string;
  readonly reason: string;
  readonly requestedById: number;
  readonly requestedByName: string;
  readonly requestedAt: string;
  readonly expiresAt: string;
  readonly status: 'pending' | 'approved' | 'rejected' | 'expired';
  readonly decidedById: number | null;
  readonly decidedByName: string | null;
  readonly decidedAt: string | null;
  readonly decisionNote: string | null;
}
