-- Cases (办件): intake bundles, cases with their SLA clock, materials, steps, hand-overs, history,
-- one-time notification slips, deadline alerts and sweep runs. Catalogue items, archived documents
-- and queue tickets are referenced by id without a foreign key: they live in other modules'
-- migrations, and a case keeps a snapshot of what it needs from them.

-- Local settings of the service desk (one row).
CREATE TABLE case_settings (
  id                      smallint PRIMARY KEY CHECK (id = 1),
  -- A running case is "due soon" when at most this many working days are left.
  due_soon_workdays       integer NOT NULL DEFAULT 2 CHECK (due_soon_workdays BETWEEN 0 AND 10),
  -- Default deadline to supply a missing material, in working days after the slip.
  supply_default_workdays integer NOT NULL DEFAULT 5 CHECK (supply_default_workdays BETWEEN 1 AND 60),
  sweep_interval_minutes  integer NOT NULL DEFAULT 5 CHECK (sweep_interval_minutes BETWEEN 1 AND 60),
  version                 integer NOT NULL DEFAULT 1,
  updated_at              timestamptz NOT NULL DEFAULT now(),
  updated_by              bigint
);
INSERT INTO case_settings (id) VALUES (1);

-- Sequence of case numbers per printed prefix '<agency code>-<YYYYMMDD>'.
CREATE TABLE case_number_counters (
  prefix text PRIMARY KEY,
  last   integer NOT NULL
);

-- The workflow of an item version as cases use it (steps, separated pairs, materials, time
-- limits, basis and conditions): stored once per version, not once per case.
CREATE TABLE case_workflows (
  item_id      bigint NOT NULL,
  item_version integer NOT NULL,
  item_code    text NOT NULL,
  snapshot     jsonb NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (item_id, item_version)
);

-- One intake (one visit, one online application): one or more cases sharing materials and a slip.
CREATE TABLE case_bundles (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id        bigint NOT NULL REFERENCES agencies (id),
  channel          text NOT NULL,
  service_point_id bigint REFERENCES service_points (id),
  window_id        bigint REFERENCES service_windows (id),
  ticket_id        bigint,
  received_at      timestamptz NOT NULL,
  received_by      bigint REFERENCES staff (id),
  note             text
);

CREATE TABLE cases (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_number       text NOT NULL UNIQUE,
  bundle_id         bigint NOT NULL REFERENCES case_bundles (id),
  item_id           bigint NOT NULL,
  item_code         text NOT NULL,
  item_version      integer NOT NULL,
  item_name_zh      text NOT NULL,
  item_name_en      text NOT NULL,
  channel           text NOT NULL
                    CHECK (channel IN ('window', 'web', 'phone', 'mail', 'kiosk', 'bank', 'home_visit')),
  agency_id         bigint NOT NULL REFERENCES agencies (id),
  service_point_id  bigint REFERENCES service_points (id),
  window_id         bigint REFERENCES service_windows (id),
  ticket_id         bigint,
  -- person/employer: linked to a public account; anonymous: a contact without one.
  applicant_kind    text NOT NULL CHECK (applicant_kind IN ('person', 'employer', 'anonymous')),
  public_account_id bigint REFERENCES public_accounts (id),
  applicant_name    text NOT NULL,
  applicant_id_type text NOT NULL CHECK (applicant_id_type IN ('citizen_id', 'credit_code', 'other')),
  -- Blind index '<person|employer|other>:<identifier>' (the auth module's convention), SM4-sealed
  -- identifier, and the masked form shown on screen.
  applicant_index   text NOT NULL,
  applicant_enc     text NOT NULL,
  applicant_masked  text NOT NULL,
  phone_enc         text,
  phone_masked      text,
  received_at       timestamptz NOT NULL,
  received_by       bigint REFERENCES staff (id),
  owner_staff_id    bigint REFERENCES staff (id),
  assigned_staff_id bigint REFERENCES staff (id),
  status            text NOT NULL
                    CHECK (status IN ('received', 'in_progress', 'waiting_materials', 'completed', 'refused', 'declined')),
  -- Index of the next workflow step (0 = acceptance); equals the step count when all are done.
  next_step         smallint NOT NULL DEFAULT 0,
  accepted_at       timestamptz,
  accepted_on       date,
  promised_days     integer NOT NULL,
  -- Working days the clock stood still (completed pauses); due_on = accepted_on + promised + paused.
  paused_workdays   integer NOT NULL DEFAULT 0,
  paused_since      date,
  due_on            date,
  supply_deadline   date,
  sla_state         text NOT NULL DEFAULT 'not_started'
                    CHECK (sla_state IN ('not_started', 'on_track', 'due_soon', 'overdue', 'paused', 'closed')),
  sla_changed_at    timestamptz,
  outcome           text CHECK (outcome IN ('approved', 'refused', 'declined')),
  decision_reason   text,
  outcome_note      text,
  decided_at        timestamptz,
  decided_by        bigint REFERENCES staff (id),
  completed_at      timestamptz,
  finished_on       date,
  within_promise    boolean,
  version           integer NOT NULL DEFAULT 1,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (status = 'received' OR status = 'declined' OR accepted_on IS NOT NULL)
) WITH (fillfactor = 85);
-- The sweep reads running cases only; neither sla_state nor sla_changed_at is indexed, so its
-- updates can stay heap-only (HOT) where the page has room (fillfactor 85).
CREATE INDEX cases_running_due_idx ON cases (due_on) WHERE status = 'in_progress';
CREATE INDEX cases_agency_received_idx ON cases (agency_id, received_at);
CREATE INDEX cases_applicant_idx ON cases (applicant_index);
CREATE INDEX cases_account_idx ON cases (public_account_id) WHERE public_account_id IS NOT NULL;
CREATE INDEX cases_owner_idx ON cases (owner_staff_id) WHERE owner_staff_id IS NOT NULL;
CREATE INDEX cases_bundle_idx ON cases (bundle_id);
CREATE INDEX cases_finished_idx ON cases (finished_on) WHERE finished_on IS NOT NULL;
CREATE INDEX cases_open_status_idx ON cases (status) WHERE status IN ('received', 'waiting_materials');

-- The materials checklist of a case (from the item version), shared by code within a bundle.
CREATE TABLE case_materials (
  case_id         bigint NOT NULL REFERENCES cases (id),
  code            text NOT NULL,
  sort            smallint NOT NULL,
  name_zh         text NOT NULL,
  name_en         text NOT NULL,
  requirement     text NOT NULL CHECK (requirement IN ('required', 'optional', 'later')),
  status          text NOT NULL CHECK (status IN ('received', 'missing', 'waived', 'not_provided')),
  document_id     bigint,
  archive_no      text,
  file_name       text,
  media_type      text,
  supply_deadline date,
  reason          text,
  received_at     timestamptz,
  updated_at      timestamptz NOT NULL,
  PRIMARY KEY (case_id, code)
);

-- Workflow steps performed, in order; the maker-checker rule reads who did which.
CREATE TABLE case_steps (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id    bigint NOT NULL REFERENCES cases (id),
  step_index smallint NOT NULL,
  step_code  text NOT NULL,
  staff_id   bigint NOT NULL REFERENCES staff (id),
  decision   text NOT NULL CHECK (decision IN ('accept', 'decline', 'pass', 'refuse')),
  reason     text,
  comment    text,
  at         timestamptz NOT NULL,
  UNIQUE (case_id, step_index)
);

-- Status history and everything else that happened to a case.
CREATE TABLE case_events (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id     bigint NOT NULL REFERENCES cases (id),
  at          timestamptz NOT NULL,
  event       text NOT NULL,
  status_from text,
  status_to   text,
  actor_kind  text NOT NULL,
  actor_id    bigint,
  actor_name  text NOT NULL,
  details     jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX case_events_case_idx ON case_events (case_id, id);

-- 首问负责: every change of owner, with who decided it and why.
CREATE TABLE case_handovers (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id       bigint NOT NULL REFERENCES cases (id),
  at            timestamptz NOT NULL,
  from_staff_id bigint REFERENCES staff (id),
  to_staff_id   bigint NOT NULL REFERENCES staff (id),
  by_staff_id   bigint NOT NULL REFERENCES staff (id),
  reason        text NOT NULL
);
CREATE INDEX case_handovers_case_idx ON case_handovers (case_id, id);

-- One-time notification slips (一次性告知单); one covers the cases of a bundle it names.
CREATE TABLE case_notices (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  bundle_id   bigint NOT NULL REFERENCES case_bundles (id),
  kind        text NOT NULL CHECK (kind IN ('acceptance_with_missing', 'decline', 'supplement_request')),
  text_zh     text NOT NULL,
  text_en     text NOT NULL,
  document_id bigint,
  archive_no  text,
  created_at  timestamptz NOT NULL,
  created_by  bigint REFERENCES staff (id)
);
CREATE INDEX case_notices_bundle_idx ON case_notices (bundle_id);

CREATE TABLE case_notice_cases (
  notice_id   bigint NOT NULL REFERENCES case_notices (id),
  case_id     bigint NOT NULL REFERENCES cases (id),
  document_id bigint,
  PRIMARY KEY (notice_id, case_id)
);
CREATE INDEX case_notice_cases_case_idx ON case_notice_cases (case_id);

-- Runs of the SLA sweep.
CREATE TABLE case_sweep_runs (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  trigger       text NOT NULL CHECK (trigger IN ('schedule', 'cli', 'api', 'bench')),
  today         date NOT NULL,
  started_at    timestamptz NOT NULL,
  finished_at   timestamptz,
  changed       integer,
  alerts_raised integer
);

-- Due-soon and overdue alerts. Recipients are derived: the case owner, and every supervisor
-- (service.monitor) whose agency subtree holds the case's agency. No foreign key to cases: the
-- sweep inserts them in bulk and the case row is referenced by the same statement.
CREATE TABLE case_alerts (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id         bigint NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('due_soon', 'overdue')),
  due_on          date NOT NULL,
  raised_at       timestamptz NOT NULL,
  sweep_id        bigint,
  owner_staff_id  bigint,
  agency_id       bigint NOT NULL,
  acknowledged_at timestamptz,
  acknowledged_by bigint
);
CREATE INDEX case_alerts_case_idx ON case_alerts (case_id);
CREATE INDEX case_alerts_owner_idx ON case_alerts (owner_staff_id, id) WHERE owner_staff_id IS NOT NULL;
CREATE INDEX case_alerts_agency_idx ON case_alerts (agency_id, id);
