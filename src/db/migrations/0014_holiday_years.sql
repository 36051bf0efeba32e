-- Public-holiday notices added after release (next year's State Council notice, published each
-- November): loaded into the national working-day calendar when the system starts.
CREATE TABLE holiday_years (
  year       integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  source     text NOT NULL,
  blocks     jsonb NOT NULL,
  added_at   timestamptz NOT NULL,
  added_by   text NOT NULL
);
