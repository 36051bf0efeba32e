-- Business archive (GB/T 27768 §6.3.4, §7.2.6): documents kept once in a content-addressed store
-- under their SM3 digest, pending uploads, and archive-use records. Documents are never updated
-- or deleted: a correction is a new row that supersedes the old one.

-- Files received through POST /api/uploads that no case has archived yet.
CREATE TABLE archive_uploads (
  id            text PRIMARY KEY,
  sm3           text NOT NULL CHECK (sm3 ~ '^[0-9a-f]{64}$'),
  size_bytes    bigint NOT NULL CHECK (size_bytes > 0),
  media_type    text NOT NULL,
  file_name     text NOT NULL,
  uploader_kind text NOT NULL CHECK (uploader_kind IN ('staff', 'person', 'employer')),
  uploader_id   bigint NOT NULL,
  uploader_name text NOT NULL,
  agency_id     bigint REFERENCES agencies (id),
  ip            text,
  created_at    timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL
);
CREATE INDEX archive_uploads_uploader_idx ON archive_uploads (uploader_kind, uploader_id, expires_at);

-- The last archive number (件号) given per agency, year and retention class.
CREATE TABLE archive_sequences (
  agency_key text NOT NULL,
  year       smallint NOT NULL,
  retention  text NOT NULL,
  last_no    integer NOT NULL,
  PRIMARY KEY (agency_key, year, retention)
);

CREATE TABLE archive_documents (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  archive_no       text NOT NULL UNIQUE,
  sm3              text NOT NULL CHECK (sm3 ~ '^[0-9a-f]{64}$'),
  size_bytes       bigint NOT NULL CHECK (size_bytes > 0),
  media_type       text NOT NULL,
  file_name        text NOT NULL,
  document_type    text NOT NULL CHECK (document_type IN ('upload', 'application_form', 'acceptance_receipt',
                     'one_time_notice', 'decision', 'certificate', 'notice', 'other')),
  retention        text NOT NULL CHECK (retention IN ('permanent', '30y', '10y', '5y')),
  destroy_after    date,
  -- Cases come in a later migration; no foreign key, the number is kept as well.
  case_id          bigint,
  case_number      text,
  item_code        text,
  material_code    text,
  agency_id        bigint REFERENCES agencies (id),
  -- Blind index (HMAC-SM3) of the person's citizen ID or the employer's credit code.
  subject_kind     text CHECK (subject_kind IN ('person', 'employer')),
  subject_index    text,
  produced_by_kind text NOT NULL,
  produced_by_id   bigint,
  produced_by_name text NOT NULL,
  -- A document is superseded at most once, so versions form a chain, never a fork.
  supersedes_id    bigint UNIQUE REFERENCES archive_documents (id),
  supersede_reason text,
  upload_id        text UNIQUE REFERENCES archive_uploads (id),
  created_at       timestamptz NOT NULL,
  -- HMAC-SM3 over the row's fields: `shebao verify-archive` finds rows edited in SQL.
  row_seal         text NOT NULL,
  CHECK ((retention = 'permanent') = (destroy_after IS NULL)),
  CHECK ((subject_kind IS NULL) = (subject_index IS NULL)),
  CHECK ((supersedes_id IS NULL) = (supersede_reason IS NULL)),
  CHECK (supersedes_id IS NULL OR supersedes_id < id)
);
CREATE INDEX archive_documents_subject_idx ON archive_documents (subject_index);
CREATE INDEX archive_documents_case_idx ON archive_documents (case_id);
CREATE INDEX archive_documents_case_number_idx ON archive_documents (case_number);
CREATE INDEX archive_documents_agency_idx ON archive_documents (agency_id, created_at);
CREATE INDEX archive_documents_created_idx ON archive_documents (created_at);
CREATE INDEX archive_documents_sm3_idx ON archive_documents (sm3);

-- 档案利用登记: every read of a document's content, with who, when and why.
CREATE TABLE archive_uses (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id bigint NOT NULL REFERENCES archive_documents (id),
  used_at     timestamptz NOT NULL,
  user_kind   text NOT NULL,
  user_id     bigint,
  user_name   text NOT NULL,
  agency_id   bigint,
  purpose     text NOT NULL CHECK (purpose IN ('case_handling', 'verification', 'audit', 'applicant_request',
                'judicial', 'other')),
  note        text,
  ip          text,
  request_id  text,
  CHECK (purpose <> 'other' OR note IS NOT NULL)
);
CREATE INDEX archive_uses_document_idx ON archive_uses (document_id, used_at);
CREATE INDEX archive_uses_used_at_idx ON archive_uses (used_at);
