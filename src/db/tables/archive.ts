/** Tables of the business archive (migration 0005): documents, pending uploads, sequences, uses. */
import type { Id, Instant } from './common.ts';

/** The CHECK constraints of migration 0005: kinds of document, retention classes, purposes of a use. */
export type ArchiveDocumentType =
  | 'upload'
  | 'application_form'
  | 'acceptance_receipt'
  | 'one_time_notice'
  | 'decision'
  | 'certificate'
  | 'notice'
  | 'other';
export type ArchiveRetention = 'permanent' | '30y' | '10y' | '5y';
export type ArchiveUsePurpose = 'case_handling' | 'verification' | 'audit' | 'applicant_request' | 'judicial' | 'other';

export interface ArchiveUploadTable {
  id: string;
  sm3: string;
  size_bytes: number;
  media_type: string;
  file_name: string;
  uploader_kind: 'staff' | 'person' | 'employer';
  uploader_id: number;
  uploader_name: string;
  agency_id: number | null;
  ip: string | null;
  created_at: Instant;
  expires_at: Instant;
}

export interface ArchiveSequenceTable {
  agency_key: string;
  year: number;
  retention: ArchiveRetention;
  last_no: number;
}

export interface ArchiveDocumentTable {
  id: Id;
  archive_no: string;
  sm3: string;
  size_bytes: number;
  media_type: string;
  file_name: string;
  document_type: ArchiveDocumentType;
  retention: ArchiveRetention;
  destroy_after: string | null;
  case_id: number | null;
  case_number: string | null;
  item_code: string | null;
  material_code: string | null;
  agency_id: number | null;
  subject_kind: 'person' | 'employer' | null;
  subject_index: string | null;
  produced_by_kind: string;
  produced_by_id: number | null;
  produced_by_name: string;
  supersedes_id: number | null;
  supersede_reason: string | null;
  upload_id: string | null;
  created_at: Instant;
  row_seal: string;
}

export interface ArchiveUseTable {
  id: Id;
  document_id: number;
  used_at: Instant;
  user_kind: string;
  user_id: number | null;
  user_name: string;
  agency_id: number | null;
  purpose: ArchiveUsePurpose;
  note: string | null;
  ip: string | null;
  request_id: string | null;
}

export interface ArchiveTables {
  archive_uploads: ArchiveUploadTable;
  archive_sequences: ArchiveSequenceTable;
  archive_documents: ArchiveDocumentTable;
  archive_uses: ArchiveUseTable;
}
