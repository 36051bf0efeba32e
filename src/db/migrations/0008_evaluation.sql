-- Evaluation (好差评): ratings of finished cases and the call-back and rectification tasks (回访整改)
-- that every poor rating (差评) opens, with the local deadlines that govern them (RULES §6, *local*).

-- Local policy, one row per setting, changed through PUT /api/evaluation/settings.
CREATE TABLE evaluation_settings (
  key        text PRIMARY KEY
             CHECK (key IN ('callback_deadline_workdays', 'rectify_deadline_workdays', 'rating_open_days')),
  value      integer NOT NULL CHECK (value BETWEEN 0 AND 365),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by bigint REFERENCES staff (id)
);
INSERT INTO evaluation_settings (key, value) VALUES
  ('callback_deadline_workdays', 1),   -- call back within 1 working day of the 差评
  ('rectify_deadline_workdays', 15),   -- rectify within 15 working days of the 差评
  ('rating_open_days', 30);            -- a rating may be given within 30 days of finishing / closing

-- Levels are stored as 5 (非常满意) … 1 (非常不满意); 2 and 1 are 差评. Window (offline) ratings carry
-- the dimensions efficiency, competence and attitude; online ratings the overall level and a comment.
CREATE TABLE ratings (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id           bigint NOT NULL REFERENCES cases (id),
  case_number       text NOT NULL,
  item_code         text NOT NULL,
  agency_id         bigint NOT NULL REFERENCES agencies (id),
  kind              text NOT NULL CHECK (kind IN ('initial', 'follow_up')),
  channel           text NOT NULL CHECK (channel IN ('window', 'online')),
  overall           smallint NOT NULL CHECK (overall BETWEEN 1 AND 5),
  efficiency        smallint CHECK (efficiency BETWEEN 1 AND 5),
  competence        smallint CHECK (competence BETWEEN 1 AND 5),
  attitude          smallint CHECK (attitude BETWEEN 1 AND 5),
  comment           text,
  poor              boolean NOT NULL,
  rater_kind        text NOT NULL CHECK (rater_kind IN ('person', 'employer', 'anonymous')),
  public_account_id bigint REFERENCES public_accounts (id),
  rated_at          timestamptz NOT NULL,
  rated_on          date NOT NULL,
  -- One rating per case, plus one follow-up after rectification.
  UNIQUE (case_id, kind),
  CHECK ((channel = 'window') = (efficiency IS NOT NULL AND competence IS NOT NULL AND attitude IS NOT NULL)),
  CHECK (channel = 'window' OR (efficiency IS NULL AND competence IS NULL AND attitude IS NULL))
);
CREATE INDEX ratings_agency_day_idx ON ratings (agency_id, rated_on);

CREATE TABLE callback_tasks (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  rating_id             bigint NOT NULL UNIQUE REFERENCES ratings (id),
  case_id               bigint NOT NULL REFERENCES cases (id),
  case_number           text NOT NULL,
  item_code             text NOT NULL,
  agency_id             bigint NOT NULL REFERENCES agencies (id),
  status                text NOT NULL DEFAULT 'open'
                        CHECK (status IN ('open', 'called_back', 'rectified', 'closed')),
  opened_at             timestamptz NOT NULL,
  callback_due_on       date NOT NULL,
  rectify_due_on        date NOT NULL,
  -- True when the holiday calendar did not reach the deadline and weekdays alone were counted.
  deadlines_provisional boolean NOT NULL DEFAULT false,
  -- The supervisors (callback.handle) of the nearest agency on the path up from the case's agency,
  -- as [{"id":…, "displayName":…}] at the time the task opened.
  assignees             jsonb NOT NULL,
  called_back_at        timestamptz,
  callback_result       text CHECK (callback_result IN ('reached', 'unreachable', 'declined')),
  callback_note         text,
  callback_by           bigint REFERENCES staff (id),
  rectified_at          timestamptz,
  rectification_note    text,
  rectified_by          bigint REFERENCES staff (id),
  closed_at             timestamptz,
  close_note            text,
  closed_by             bigint REFERENCES staff (id),
  follow_up_rating_id   bigint REFERENCES ratings (id),
  version               integer NOT NULL DEFAULT 1
);
CREATE INDEX callback_tasks_agency_status_idx ON callback_tasks (agency_id, status);
CREATE INDEX callback_tasks_case_idx ON callback_tasks (case_id);

CREATE TABLE callback_events (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  task_id    bigint NOT NULL REFERENCES callback_tasks (id),
  at         timestamptz NOT NULL,
  kind       text NOT NULL CHECK (kind IN ('opened', 'callback', 'rectification', 'closed', 'follow_up')),
  staff_id   bigint REFERENCES staff (id),
  staff_name text,
  result     text,
  note       text
);
CREATE INDEX callback_events_task_idx ON callback_events (task_id, id);
