/** Tables of proven identity (migration 0026): hall activation codes and applicant name overrides. */
import type { Defaulted, Id, Instant, InstantNullable } from './common.ts';

export type ActivationDocumentType =
  | 'resident_id_card'
  | 'temporary_id_card'
  | 'passport'
  | 'residence_permit'
  | 'business_licence'
  | 'legal_person_certificate';
export type ActivationDelivery = 'slip' | 'letter' | 'sms';
export type ActivationStatus = 'live' | 'used' | 'revoked' | 'exhausted';

export interface HallActivationTable {
  id: Id;
  kind: 'person' | 'employer';
  identifier_index: string;
  identifier_enc: string;
  identifier_masked: string;
  holder_id: number;
  display_name: string;
  code_digest: string;
  document_type: ActivationDocumentType;
  delivery: ActivationDelivery;
  sent_to_masked: string | null;
  issued_by: number;
  agency_id: number;
  issued_at: Instant;
  expires_at: Instant;
  attempts: Defaulted<number>;
  status: Defaulted<ActivationStatus>;
  closed_at: InstantNullable;
  public_account_id: number | null;
}

export interface ApplicantNameOverrideTable {
  id: Id;
  applicant_index: string;
  applicant_masked: string;
  name: string;
  registered_name: string;
  reason: string;
  agency_id: number;
  granted_by: number;
  granted_at: Instant;
  expires_at: Instant;
  used_bundle_id: number | null;
  used_at: InstantNullable;
}

/** One code texted to a holder's phone on file while opening an account (the daily cap counts them). */
export interface OpeningCodeSendTable {
  id: Id;
  identifier_index: string;
  sent_at: Instant;
}

export interface IdentityTables {
  opening_code_sends: OpeningCodeSendTable;
  hall_activations: HallActivationTable;
  applicant_name_overrides: ApplicantNameOverrideTable;
}
