-- Insurance registration (issue 4): employers, persons, employment, enrolments, certificates,
-- duplicate flags and merges, employer API keys, idempotency records and imports.
-- Person-keyed tables carry person_id in their primary key (Citus-ready, ARCHITECTURE "Scale path").

INSERT INTO role_permissions (role_code, permission) VALUES
  ('clerk', 'registration.read'), ('clerk', 'registration.write'), ('clerk', 'personal_data.reveal'),
  ('reviewer', 'registration.read'), ('reviewer', 'registration.review'), ('reviewer', 'personal_data.reveal'),
  ('approver', 'registration.read'),
  ('fund_accountant', 'registration.read'),
  ('auditor', 'registration.read'), ('auditor', 'personal_data.reveal'),
  ('supervisor', 'registration.read');

-- GB/T 4754-2017 industry divisions (门类 section letter + 2-digit 大类) with the work-injury risk
-- class (I–VIII, 人社部发〔2015〕71号) the division falls in.
CREATE TABLE industries (
  code       text PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
  section    text NOT NULL CHECK (section ~ '^[A-T]$'),
  name_zh    text NOT NULL,
  name_en    text NOT NULL,
  risk_class smallint NOT NULL CHECK (risk_class BETWEEN 1 AND 8)
);

-- Region rules of registration, effective-dated [valid_from, next valid_from). region_code '*' is
-- the national default; a 6-digit GB/T 2260 code overrides it for that pooling region.
CREATE TABLE registration_region_rules (
  region_code                 text NOT NULL CHECK (region_code = '*' OR region_code ~ '^[0-9]{6}$'),
  valid_from                  date NOT NULL,
  allow_concurrent_employment boolean NOT NULL,
  certificate_verify_months   smallint NOT NULL CHECK (certificate_verify_months BETWEEN 1 AND 60),
  PRIMARY KEY (region_code, valid_from)
);
INSERT INTO registration_region_rules VALUES ('*', '1990-01-01', false, 12);

CREATE TABLE employer_number_counters (
  region_code text PRIMARY KEY,
  last_no     bigint NOT NULL
);

CREATE TABLE employers (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- 单位参保编号: pooling region + 8-digit sequence.
  employer_no          text NOT NULL UNIQUE,
  -- The credit code is public (printed on the business licence), kept in clear; the blind index
  -- 'employer:<code>' joins it to the employer's self-service account.
  credit_code          text NOT NULL UNIQUE,
  identifier_index     text NOT NULL UNIQUE,
  name                 text NOT NULL,
  type                 text NOT NULL
                       CHECK (type IN ('enterprise', 'government', 'institution', 'individual_business', 'project')),
  industry_code        text NOT NULL REFERENCES industries (code),
  risk_class           smallint NOT NULL CHECK (risk_class BETWEEN 1 AND 8),
  legal_rep_name       text NOT NULL,
  legal_rep_id_enc     text NOT NULL,
  legal_rep_id_masked  text NOT NULL,
  address              text NOT NULL,
  contact_name         text NOT NULL,
  contact_phone_enc    text NOT NULL,
  contact_phone_masked text NOT NULL,
  bank_name            text,
  bank_account_enc     text,
  bank_account_masked  text,
  pooling_region       text NOT NULL CHECK (pooling_region ~ '^[0-9]{6}$'),
  agency_id            bigint NOT NULL REFERENCES agencies (id),
  founded_on           date NOT NULL,
  registered_on        date NOT NULL,
  status               text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'cancelled')),
  status_reason        text,
  status_changed_on    date,
  case_id              bigint,
  version              integer NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CHECK (registered_on >= founded_on)
);
CREATE INDEX employers_agency_idx ON employers (agency_id);
CREATE INDEX employers_name_idx ON employers (name text_pattern_ops);

-- Every change of an employer: one row per field, dated and attributed. Personal values (legal
-- representative's ID, phone, bank account) are stored masked here; the sealed value lives on the row.
CREATE TABLE employer_changes (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  employer_id  bigint NOT NULL REFERENCES employers (id),
  change_group bigint NOT NULL,
  field        text NOT NULL,
  old_value    text,
  new_value    text,
  effective_on date NOT NULL,
  reason       text,
  case_id      bigint,
  actor_kind   text NOT NULL,
  actor_id     bigint,
  actor_name   text NOT NULL,
  changed_at   timestamptz NOT NULL
);
CREATE INDEX employer_changes_employer_idx ON employer_changes (employer_id, id);

CREATE TABLE persons (
  person_id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- Blind index 'person:<18-digit ID>' (SM3-HMAC), the sealed ID (SM4) and its mask.
  id_index            text NOT NULL UNIQUE,
  id_enc              text NOT NULL,
  id_masked           text NOT NULL,
  name                text NOT NULL,
  gender              text NOT NULL CHECK (gender IN ('male', 'female')),
  birth_date          date NOT NULL,
  nationality         text NOT NULL DEFAULT 'CHN' CHECK (nationality ~ '^[A-Z]{3}$'),
  hukou_type          text CHECK (hukou_type IN ('urban', 'rural')),
  hukou_place         text CHECK (hukou_place ~ '^[0-9]{6}$'),
  phone_enc           text,
  phone_masked        text,
  address             text,
  bank_name           text,
  bank_account_enc    text,
  bank_account_masked text,
  agency_id           bigint NOT NULL REFERENCES agencies (id),
  status              text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deceased', 'merged')),
  death_date          date,
  merged_into         bigint,
  source_channel      text NOT NULL CHECK (source_channel IN ('window', 'web', 'api', 'import', 'demo')),
  case_id             bigint,
  version             integer NOT NULL DEFAULT 1,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'deceased') = (death_date IS NOT NULL)),
  CHECK ((status = 'merged') = (merged_into IS NOT NULL))
);
CREATE INDEX persons_name_birth_idx ON persons (name, birth_date);
CREATE INDEX persons_agency_idx ON persons (agency_id);

CREATE TABLE person_changes (
  person_id    bigint NOT NULL REFERENCES persons (person_id),
  id           bigint GENERATED ALWAYS AS IDENTITY,
  change_group bigint NOT NULL,
  field        text NOT NULL,
  old_value    text,
  new_value    text,
  effective_on date NOT NULL,
  reason       text,
  case_id      bigint,
  actor_kind   text NOT NULL,
  actor_id     bigint,
  actor_name   text NOT NULL,
  changed_at   timestamptz NOT NULL,
  PRIMARY KEY (person_id, id)
);

-- Suspected duplicates: same name and birth date, different ID. Flagged at creation, reviewed.
CREATE TABLE person_duplicate_flags (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id       bigint NOT NULL REFERENCES persons (person_id),
  other_person_id bigint NOT NULL REFERENCES persons (person_id),
  status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dismissed', 'merged')),
  flagged_at      timestamptz NOT NULL,
  resolved_at     timestamptz,
  resolved_by     bigint REFERENCES staff (id),
  resolution_note text,
  CHECK (person_id <> other_person_id),
  UNIQUE (person_id, other_person_id)
);
CREATE INDEX person_duplicate_flags_open_idx ON person_duplicate_flags (status) WHERE status = 'open';

-- Merging two records of one human being: proposed by one member of staff, approved by another.
CREATE TABLE person_merges (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  survivor_id   bigint NOT NULL REFERENCES persons (person_id),
  merged_id     bigint NOT NULL REFERENCES persons (person_id),
  flag_id       bigint REFERENCES person_duplicate_flags (id),
  status        text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected')),
  reason        text NOT NULL,
  proposed_by   bigint NOT NULL REFERENCES staff (id),
  proposed_at   timestamptz NOT NULL,
  decided_by    bigint REFERENCES staff (id),
  decided_at    timestamptz,
  decision_note text,
  CHECK (survivor_id <> merged_id),
  CHECK (decided_by IS NULL OR decided_by <> proposed_by)
);
CREATE UNIQUE INDEX person_merges_open_idx ON person_merges (merged_id) WHERE status = 'proposed';

-- Employment: [hired_on, separated_on) — separated_on is the first day no longer employed.
CREATE TABLE employments (
  person_id         bigint NOT NULL REFERENCES persons (person_id),
  id                bigint GENERATED ALWAYS AS IDENTITY,
  employer_id       bigint NOT NULL REFERENCES employers (id),
  hired_on          date NOT NULL,
  separated_on      date,
  separation_reason text CHECK (separation_reason IN
                      ('resignation', 'dismissal', 'contract_end', 'retirement', 'death', 'employer_cancelled', 'merged', 'other')),
  status            text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
  source_channel    text NOT NULL CHECK (source_channel IN ('window', 'web', 'api', 'import', 'merge', 'demo')),
  merged_from       bigint,
  case_id           bigint,
  import_id         bigint,
  created_at        timestamptz NOT NULL,
  created_by_kind   text NOT NULL,
  created_by_id     bigint,
  ended_at          timestamptz,
  PRIMARY KEY (person_id, id),
  CHECK (separated_on IS NULL OR separated_on > hired_on),
  CHECK ((status = 'ended') = (separated_on IS NOT NULL))
);
CREATE INDEX employments_employer_idx ON employments (employer_id, status);
CREATE UNIQUE INDEX employments_one_active_per_employer ON employments (person_id, employer_id) WHERE status = 'active';

-- Enrolment per scheme. One open (active or suspended) enrolment per person and scheme, except work
-- injury, which is per employer (a person with two employers is covered by each).
CREATE TABLE enrolments (
  person_id      bigint NOT NULL REFERENCES persons (person_id),
  id             bigint GENERATED ALWAYS AS IDENTITY,
  scheme         text NOT NULL CHECK (scheme IN ('pension', 'medical', 'unemployment', 'work_injury')),
  category       text NOT NULL CHECK (category IN ('employee', 'flexible')),
  employer_id    bigint REFERENCES employers (id),
  employment_id  bigint,
  started_on     date NOT NULL,
  ended_on       date,
  status         text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'terminated')),
  status_reason  text,
  pooling_region text NOT NULL CHECK (pooling_region ~ '^[0-9]{6}$'),
  merged_from    bigint,
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL,
  PRIMARY KEY (person_id, id),
  FOREIGN KEY (person_id, employment_id) REFERENCES employments (person_id, id),
  CHECK ((category = 'employee') = (employer_id IS NOT NULL AND employment_id IS NOT NULL)),
  CHECK (category = 'employee' OR scheme IN ('pension', 'medical')),
  CHECK ((status = 'terminated') = (ended_on IS NOT NULL)),
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE UNIQUE INDEX enrolments_one_open_per_scheme ON enrolments (person_id, scheme)
  WHERE status <> 'terminated' AND scheme <> 'work_injury';
CREATE UNIQUE INDEX enrolments_one_open_injury_per_employer ON enrolments (person_id, employer_id)
  WHERE status <> 'terminated' AND scheme = 'work_injury';
CREATE INDEX enrolments_employer_idx ON enrolments (employer_id) WHERE employer_id IS NOT NULL;

-- Status changes of an enrolment (the timeline of the 360 view).
CREATE TABLE enrolment_events (
  person_id     bigint NOT NULL,
  id            bigint GENERATED ALWAYS AS IDENTITY,
  enrolment_id  bigint NOT NULL,
  event         text NOT NULL CHECK (event IN ('started', 'suspended', 'resumed', 'terminated')),
  effective_on  date NOT NULL,
  reason        text,
  actor_kind    text NOT NULL,
  actor_id      bigint,
  actor_name    text NOT NULL,
  at            timestamptz NOT NULL,
  PRIMARY KEY (person_id, id),
  FOREIGN KEY (person_id, enrolment_id) REFERENCES enrolments (person_id, id)
);

-- Certificates: an employer's registration certificate (社会保险登记证, verified periodically) and a
-- person's or employer's insurance certificate (参保证明, a dated snapshot). Anyone may check one by
-- number and verification code.
CREATE TABLE certificate_sequences (
  kind     text NOT NULL,
  year     integer NOT NULL,
  last_no  bigint NOT NULL,
  PRIMARY KEY (kind, year)
);

CREATE TABLE certificates (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  certificate_no    text NOT NULL UNIQUE,
  verify_code       text NOT NULL,
  kind              text NOT NULL CHECK (kind IN ('employer_registration', 'employer_insurance', 'person_insurance')),
  employer_id       bigint REFERENCES employers (id),
  person_id         bigint REFERENCES persons (person_id),
  issued_on         date NOT NULL,
  -- Registration certificates: the next periodic verification is due on this day.
  verify_due_on     date,
  status            text NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'superseded', 'revoked')),
  status_reason     text,
  status_changed_at timestamptz,
  -- What the certificate states, masked, as printed; the public check shows it.
  content           jsonb NOT NULL,
  document_id       bigint,
  issued_by_kind    text NOT NULL,
  issued_by_id      bigint,
  issued_at         timestamptz NOT NULL,
  CHECK ((kind LIKE 'employer%') = (employer_id IS NOT NULL)),
  CHECK ((kind = 'person_insurance') = (person_id IS NOT NULL)),
  CHECK ((kind = 'employer_registration') = (verify_due_on IS NOT NULL))
);
CREATE INDEX certificates_employer_idx ON certificates (employer_id) WHERE employer_id IS NOT NULL;
CREATE INDEX certificates_person_idx ON certificates (person_id) WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX certificates_one_valid_registration ON certificates (employer_id)
  WHERE kind = 'employer_registration' AND status = 'valid';

-- Periodic verifications (年度验证) of a registration certificate.
CREATE TABLE certificate_verifications (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  certificate_id bigint NOT NULL REFERENCES certificates (id),
  verified_on    date NOT NULL,
  result         text NOT NULL CHECK (result IN ('passed', 'failed')),
  next_due_on    date,
  note           text,
  staff_id       bigint NOT NULL REFERENCES staff (id),
  at             timestamptz NOT NULL
);
CREATE INDEX certificate_verifications_cert_idx ON certificate_verifications (certificate_id);

-- API keys of an employer's payroll software: 'sbk_<prefix>_<secret>'; only the SM3-HMAC digest of
-- the whole key is stored.
CREATE TABLE employer_api_keys (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  employer_id     bigint NOT NULL REFERENCES employers (id),
  prefix          text NOT NULL UNIQUE,
  digest          text NOT NULL,
  label           text NOT NULL,
  scopes          text[] NOT NULL,
  created_at      timestamptz NOT NULL,
  created_by_kind text NOT NULL,
  created_by_id   bigint,
  last_used_at    timestamptz,
  revoked_at      timestamptz,
  revoked_by_kind text,
  revoked_by_id   bigint
);
CREATE INDEX employer_api_keys_employer_idx ON employer_api_keys (employer_id);

-- Idempotency of API writes: the same key with the same request returns the stored response; the
-- same key with a different request is refused.
CREATE TABLE idempotency_records (
  scope        text NOT NULL,
  key          text NOT NULL,
  request_hash text NOT NULL,
  status_code  smallint NOT NULL,
  response     jsonb NOT NULL,
  created_at   timestamptz NOT NULL,
  PRIMARY KEY (scope, key)
);

-- Spreadsheet imports of hires and separations: all rows or none.
CREATE TABLE registration_imports (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  employer_id    bigint NOT NULL REFERENCES employers (id),
  file_name      text NOT NULL,
  file_sm3       text NOT NULL,
  format         text NOT NULL CHECK (format IN ('xlsx', 'csv')),
  row_count      integer NOT NULL,
  error_count    integer NOT NULL,
  status         text NOT NULL CHECK (status IN ('applied', 'rejected')),
  -- Blob key (SM3) of the error spreadsheet, when rows were refused.
  report_sm3     text,
  report_format  text,
  language       text NOT NULL CHECK (language IN ('zh-CN', 'en')),
  channel        text NOT NULL CHECK (channel IN ('web', 'window', 'cli')),
  actor_kind     text NOT NULL,
  actor_id       bigint,
  created_at     timestamptz NOT NULL
);
CREATE INDEX registration_imports_employer_idx ON registration_imports (employer_id, id);

-- One value per change (several fields changed together share it), for employer and person history.
CREATE SEQUENCE registration_change_groups;
