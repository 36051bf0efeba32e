-- Deadlines in a year without its State Council holiday notice (decision 34). Such a deadline is
-- counted on the provisional calendar derived from the statutory holidays, marked, shown as
-- provisional, and counted again when the notice is loaded.

-- The promised deadline of a case counted on the provisional calendar. The partial index keeps
-- the few such cases (those whose deadline reaches the next year) at hand for the recount.
ALTER TABLE cases ADD COLUMN due_on_provisional boolean NOT NULL DEFAULT false;
CREATE INDEX cases_provisional_due_idx ON cases (id) WHERE due_on_provisional;

-- A call-back task keeps the working days its deadlines were counted with, so a recount uses the
-- same counts even after the local settings change (null on tasks opened before: the settings).
ALTER TABLE callback_tasks ADD COLUMN callback_workdays integer CHECK (callback_workdays >= 0);
ALTER TABLE callback_tasks ADD COLUMN rectify_workdays integer CHECK (rectify_workdays >= 0);
-- deadlines_provisional (0008) now means: counted on the provisional calendar.
CREATE INDEX callback_tasks_provisional_idx ON callback_tasks (id) WHERE deadlines_provisional;

-- Loading a notice is the system administrator's (shebao holidays add, the holiday calendar page).
INSERT INTO role_permissions (role_code, permission) VALUES ('sysadmin', 'calendar.manage');
