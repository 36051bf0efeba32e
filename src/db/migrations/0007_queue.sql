-- Window queue (排队叫号): ticket categories per service point, the categories each window serves,
-- tickets numbered per category per China calendar day, and the day counters that number them.

CREATE TABLE queue_categories (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  service_point_id bigint NOT NULL REFERENCES service_points (id),
  -- The letter printed before the number: A001. Fixed once created, so old tickets keep their code.
  letter           text NOT NULL CHECK (letter ~ '^[A-Z]$'),
  name_zh          text NOT NULL,
  name_en          text NOT NULL,
  sort             smallint NOT NULL DEFAULT 0,
  status           text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
  version          integer NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (service_point_id, letter)
);

-- The categories a window serves; a window with no rows serves every category of its hall.
CREATE TABLE queue_window_categories (
  window_id   bigint NOT NULL REFERENCES service_windows (id),
  category_id bigint NOT NULL REFERENCES queue_categories (id),
  PRIMARY KEY (window_id, category_id)
);
CREATE INDEX queue_window_categories_category_idx ON queue_window_categories (category_id);

-- The last number issued per category and day; incremented by an upsert so two kiosks never share one.
CREATE TABLE queue_day_counters (
  category_id bigint NOT NULL REFERENCES queue_categories (id),
  day         date NOT NULL,
  last_number integer NOT NULL CHECK (last_number BETWEEN 1 AND 999),
  PRIMARY KEY (category_id, day)
);

CREATE TABLE queue_tickets (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  service_point_id   bigint NOT NULL REFERENCES service_points (id),
  category_id        bigint NOT NULL REFERENCES queue_categories (id),
  -- China calendar day the ticket was taken on; numbers restart every day.
  day                date NOT NULL,
  number             integer NOT NULL CHECK (number BETWEEN 1 AND 999),
  code               text NOT NULL,
  status             text NOT NULL DEFAULT 'waiting'
                     CHECK (status IN ('waiting', 'called', 'serving', 'done', 'no_show')),
  taken_at           timestamptz NOT NULL,
  -- First call (waiting time ends here) and the latest call or recall.
  called_at          timestamptz,
  last_called_at     timestamptz,
  recall_count       integer NOT NULL DEFAULT 0,
  service_started_at timestamptz,
  finished_at        timestamptz,
  no_show_at         timestamptz,
  window_id          bigint REFERENCES service_windows (id),
  called_by          bigint REFERENCES staff (id),
  finished_by        bigint REFERENCES staff (id),
  -- The case opened for this ticket. No foreign key: the cases table (0006) was written alongside
  -- this migration; the cases module links through attachCaseToTicket.
  case_id            bigint,
  UNIQUE (category_id, day, number)
);
CREATE INDEX queue_tickets_waiting_idx ON queue_tickets (service_point_id, day, taken_at, id)
  WHERE status = 'waiting';
CREATE INDEX queue_tickets_point_day_idx ON queue_tickets (service_point_id, day, status);
CREATE INDEX queue_tickets_window_idx ON queue_tickets (window_id, day) WHERE window_id IS NOT NULL;
CREATE INDEX queue_tickets_taken_idx ON queue_tickets (taken_at);
CREATE INDEX queue_tickets_case_idx ON queue_tickets (case_id) WHERE case_id IS NOT NULL;

-- Halls that already exist get the default categories (the same four as DEFAULT_CATEGORIES in
-- queue.model.ts); halls created later get them from the demo seed or an administrator's call.
INSERT INTO queue_categories (service_point_id, letter, name_zh, name_en, sort)
SELECT p.id, d.letter, d.name_zh, d.name_en, d.sort
FROM service_points p
CROSS JOIN (VALUES
  ('A', '综合业务', 'General business', 1),
  ('B', '参保登记', 'Enrolment and registration', 2),
  ('C', '待遇业务', 'Benefits', 3),
  ('D', '咨询', 'Enquiries', 4)
) AS d (letter, name_zh, name_en, sort)
WHERE p.status = 'active';
