-- Foundation: organisation, staff identity, public accounts, sessions, outbox, audit trail.

CREATE TABLE agencies (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code          text NOT NULL UNIQUE,
  name          text NOT NULL,
  level         smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  division_code text NOT NULL,
  parent_id     bigint REFERENCES agencies (id),
  -- Materialised path of ids, '/1/7/42/': subtree scoping is one indexed prefix match.
  path          text NOT NULL,
  status        text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
  opened_on     date NOT NULL,
  closed_on     date,
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agencies_path_idx ON agencies (path text_pattern_ops);
CREATE INDEX agencies_parent_idx ON agencies (parent_id);

-- Every state an agency has been in, half-open [valid_from, valid_to): moves and closures keep history.
CREATE TABLE agency_history (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id     bigint NOT NULL REFERENCES agencies (id),
  version       integer NOT NULL,
  code          text NOT NULL,
  name          text NOT NULL,
  level         smallint NOT NULL,
  division_code text NOT NULL,
  parent_id     bigint,
  status        text NOT NULL,
  valid_from    timestamptz NOT NULL,
  valid_to      timestamptz,
  changed_by    bigint,
  reason        text NOT NULL,
  UNIQUE (agency_id, version)
);

CREATE TABLE service_points (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id     bigint NOT NULL REFERENCES agencies (id),
  name          text NOT NULL,
  address       text NOT NULL,
  phone         text,
  -- Weekly opening hours: [{"days":[1,2,3,4,5],"open":"09:00","close":"17:00"}]
  opening_hours jsonb NOT NULL,
  status        text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX service_points_agency_idx ON service_points (agency_id);

CREATE TABLE service_windows (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  service_point_id bigint NOT NULL REFERENCES service_points (id),
  number           text NOT NULL,
  name             text NOT NULL,
  status           text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
  created_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (service_point_id, number)
);

CREATE TABLE roles (
  code      text PRIMARY KEY,
  name_zh   text NOT NULL,
  name_en   text NOT NULL,
  -- 'business' roles do agency work; the three 'admin' roles of MLPS level 3 are kept apart.
  kind      text NOT NULL CHECK (kind IN ('business', 'admin')),
  sort      smallint NOT NULL
);

CREATE TABLE role_permissions (
  role_code  text NOT NULL REFERENCES roles (code),
  permission text NOT NULL,
  PRIMARY KEY (role_code, permission)
);

CREATE TABLE staff (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id            bigint NOT NULL REFERENCES agencies (id),
  username             text NOT NULL UNIQUE,
  display_name         text NOT NULL,
  password_hash        text NOT NULL,
  password_changed_at  timestamptz NOT NULL DEFAULT now(),
  must_change_password boolean NOT NULL DEFAULT true,
  totp_secret_enc      text,
  totp_enrolled_at     timestamptz,
  totp_last_step       bigint,
  failed_logins        integer NOT NULL DEFAULT 0,
  locked_until         timestamptz,
  status               text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  is_demo              boolean NOT NULL DEFAULT false,
  last_login_at        timestamptz,
  version              integer NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_agency_idx ON staff (agency_id);

CREATE TABLE staff_roles (
  staff_id   bigint NOT NULL REFERENCES staff (id),
  role_code  text NOT NULL REFERENCES roles (code),
  granted_by bigint,
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (staff_id, role_code)
);

CREATE TABLE password_history (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  subject_kind text NOT NULL,
  subject_id   bigint NOT NULL,
  hash         text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX password_history_subject_idx ON password_history (subject_kind, subject_id, id DESC);

-- Insured persons (by citizen ID) and employers (by credit code) of the self-service hall.
CREATE TABLE public_accounts (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind              text NOT NULL CHECK (kind IN ('person', 'employer')),
  identifier_index  text NOT NULL,
  identifier_enc    text NOT NULL,
  identifier_masked text NOT NULL,
  display_name      text NOT NULL,
  phone_enc         text NOT NULL,
  phone_masked      text NOT NULL,
  password_hash     text NOT NULL,
  failed_logins     integer NOT NULL DEFAULT 0,
  locked_until      timestamptz,
  status            text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  created_at        timestamptz NOT NULL DEFAULT now(),
  last_login_at     timestamptz,
  UNIQUE (kind, identifier_index)
);

CREATE TABLE sessions (
  id           text PRIMARY KEY,
  subject_kind text NOT NULL CHECK (subject_kind IN ('staff', 'person', 'employer')),
  subject_id   bigint NOT NULL,
  csrf_token   text NOT NULL,
  ip           text,
  user_agent   text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ended_at     timestamptz
);
CREATE INDEX sessions_subject_idx ON sessions (subject_kind, subject_id);

-- A login in progress between its first and its last factor.
CREATE TABLE login_challenges (
  id                 text PRIMARY KEY,
  subject_kind       text NOT NULL,
  subject_id         bigint NOT NULL,
  stage              text NOT NULL CHECK (stage IN ('change_password', 'totp_enrol', 'totp', 'otp', 'register')),
  pending_secret_enc text,
  otp_hash           text,
  payload            jsonb,
  attempts           integer NOT NULL DEFAULT 0,
  created_at         timestamptz NOT NULL DEFAULT now(),
  expires_at         timestamptz NOT NULL
);

-- Outbox of messages to people (SMS one-time codes, notices); a provider delivers them.
CREATE TABLE messages (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  channel          text NOT NULL CHECK (channel IN ('sms', 'email', 'inbox')),
  recipient_enc    text NOT NULL,
  recipient_masked text NOT NULL,
  purpose          text NOT NULL,
  body_zh          text NOT NULL,
  body_en          text NOT NULL,
  correlation      text,
  status           text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  provider         text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  sent_at          timestamptz
);
CREATE INDEX messages_correlation_idx ON messages (correlation);

-- Append-only, SM3 hash-chained audit trail. seq is contiguous; audit_head holds the tip so that
-- removing the newest rows is detected as well.
CREATE TABLE audit_log (
  seq         bigint PRIMARY KEY,
  at          timestamptz NOT NULL,
  actor_kind  text NOT NULL,
  actor_id    bigint,
  actor_name  text NOT NULL,
  agency_id   bigint,
  ip          text,
  request_id  text,
  action      text NOT NULL,
  entity      text NOT NULL,
  entity_id   text,
  outcome     text NOT NULL CHECK (outcome IN ('success', 'denied', 'failed')),
  details     jsonb NOT NULL,
  prev_hash   text NOT NULL,
  hash        text NOT NULL
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_kind, actor_id);

CREATE TABLE audit_head (
  id   smallint PRIMARY KEY CHECK (id = 1),
  seq  bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));
