/**
 * Properties of the employment and enrolment rules over random operation sequences, applied to an
 * in-memory model the way the services apply them to the database: no person is ever enrolled
 * twice in one scheme on the same day (work injury: per employer), and every accepted operation
 * leaves a history entry from which each enrolment's status can be replayed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../../kernel/calendar-date.ts';
import {
  decideDeath,
  decideHire,
  decideSeparation,
  type EmployerFacts,
  type EmploymentFacts,
  type EnrolmentFacts,
  type PersonFacts,
} from './registration.employment.rules.ts';
import { decideEnrolmentChange, decideFlexible } from './registration.enrolments.rules.ts';
import { SCHEMES, type EnrolmentStatus, type Scheme } from './registration.model.ts';

const START = '2020-01-01' as CalendarDate;
const EMPLOYERS: EmployerFacts[] = [
  { id: 1, status: 'active', foundedOn: '2000-01-01', poolingRegion: '330106' },
  { id: 2, status: 'active', foundedOn: '2000-01-01', poolingRegion: '330106' },
];

type Op =
  | { kind: 'hire'; employer: number; back: number; schemes: Scheme[] | null }
  | { kind: 'separate'; employer: number; back: number }
  | { kind: 'flexible'; scheme: 'pension' | 'medical'; back: number }
  | { kind: 'suspend' | 'resume' | 'terminate'; pick: number; back: number }
  | { kind: 'death'; back: number };

const back = fc.integer({ min: 0, max: 90 });
// Status changes are mostly recent; a long backdating is refused before the last change anyway.
const recent = fc.integer({ min: 0, max: 10 });
const employer = fc.integer({ min: 0, max: 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('hire' as const),
      employer,
      back,
      schemes: fc.option(fc.subarray([...SCHEMES], { minLength: 1 }), { nil: null }),
    }),
  },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('separate' as const), employer, back }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('flexible' as const),
      scheme: fc.constantFrom('pension' as const, 'medical' as const),
      back,
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constantFrom('suspend' as const, 'resume' as const, 'terminate' as const),
      pick: fc.nat(20),
      back: recent,
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('resume' as const), pick: fc.nat(20), back: recent }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('death' as const), back }) },
);

type Event = 'started' | 'suspended' | 'resumed' | 'terminated';

/** The person as the database would hold them, plus the log of history entries written. */
class Model {
  person: PersonFacts = { birthDate: '1990-01-01', status: 'active', deathDate: null };
  employments: EmploymentFacts[] = [];
  enrolments: EnrolmentFacts[] = [];
  events: Array<{ enrolmentId: number; event: Event; on: string }> = [];
  log: string[] = [];
  private nextId = 1;

  record() {
    return { person: this.person, employments: this.employments, enrolments: this.enrolments };
  }

  start(e: Omit<EnrolmentFacts, 'id' | 'endedOn' | 'status' | 'lastChangeOn'>) {
    const id = this.nextId++;
    this.enrolments.push({ ...e, id, endedOn: null, status: 'active', lastChangeOn: e.startedOn });
    this.event(id, 'started', e.startedOn);
  }

  end(id: number, on: string) {
    this.set(id, { status: 'terminated', endedOn: on, lastChangeOn: on });
    this.event(id, 'terminated', on);
  }

  set(id: number, change: Partial<EnrolmentFacts>) {
    this.enrolments = this.enrolments.map((e) => (e.id === id ? { ...e, ...change } : e));
  }

  event(enrolmentId: number, event: Event, on: string) {
    this.events.push({ enrolmentId, event, on });
    this.log.push(`${event}:${enrolmentId}`);
  }

  newEmploymentId() {
    return this.nextId++;
  }
}

/** Applies one operation through the rules; true when it was accepted. */
function apply(m: Model, o: Op, today: CalendarDate, concurrent: boolean): boolean {
  const on = addDays(today, -o.back);
  switch (o.kind) {
    case 'hire': {
      const employer = EMPLOYERS[o.employer]!;
      const d = decideHire({
        record: m.record(),
        employer,
        hiredOn: on,
        today,
        schemes: o.schemes,
        allowConcurrent: concurrent,
      });
      if (!d.ok) return false;
      for (const f of d.endFlexible) m.end(f.id, on);
      const id = m.newEmploymentId();
      m.employments.push({ id, employerId: employer.id, hiredOn: on, separatedOn: null, status: 'active' });
      m.log.push(`hired:${id}`);
      for (const scheme of d.enrol)
        m.start({ scheme, category: 'employee', employerId: employer.id, employmentId: id, startedOn: on });
      return true;
    }
    case 'separate': {
      const employment = m.employments.find((e) => e.employerId === EMPLOYERS[o.employer]!.id && e.status === 'active');
      if (!employment) return false;
      const d = decideSeparation({ record: m.record(), employment, separatedOn: on, today });
      if (!d.ok) return false;
      m.employments = m.employments.map((e) =>
        e.id === employment.id ? { ...e, status: 'ended', separatedOn: on } : e,
      );
      m.log.push(`separated:${employment.id}`);
      for (const e of d.close) m.end(e.id, on);
      return true;
    }
    case 'flexible': {
      const d = decideFlexible({ record: m.record(), scheme: o.scheme, startedOn: on, today });
      if (!d.ok) return false;
      m.start({ scheme: o.scheme, category: 'flexible', employerId: null, employmentId: null, startedOn: on });
      return true;
    }
    case 'death': {
      const d = decideDeath({ record: m.record(), deathDate: on, today });
      if (!d.ok) return false;
      m.employments = m.employments.map((e) =>
        e.status === 'active' ? { ...e, status: 'ended', separatedOn: d.endOn } : e,
      );
      for (const e of d.endEnrolments) m.end(e.id, d.endOn);
      m.person = { ...m.person, status: 'deceased', deathDate: on };
      m.log.push('died');
      return true;
    }
    default: {
      // Resumption needs a suspended enrolment, rare among random picks: prefer one when there is.
      const suspended = m.enrolments.filter((e) => e.status === 'suspended');
      const pool = o.kind === 'resume' && suspended.length > 0 ? suspended : m.enrolments;
      const enrolment = pool[o.pick % Math.max(1, pool.length)];
      if (!enrolment) return false;
      const d = decideEnrolmentChange({ enrolment, action: o.kind, effectiveOn: on, today });
      if (!d.ok) return false;
      m.set(enrolment.id, { status: d.status, endedOn: d.endedOn, lastChangeOn: on });
      m.event(enrolment.id, d.event, on);
      return true;
    }
  }
}

const statusAfter: Record<Event, EnrolmentStatus> = {
  started: 'active',
  resumed: 'active',
  suspended: 'suspended',
  terminated: 'terminated',
};

function coverKey(e: EnrolmentFacts): string {
  return e.scheme === 'work_injury' ? `work_injury@${e.employerId ?? '-'}` : e.scheme;
}

/** [startedOn, endedOn) periods of one cover never share a day; open ones are at most one per cover. */
function checkNoDoubleCover(m: Model): void {
  const open = m.enrolments.filter((e) => e.status !== 'terminated').map(coverKey);
  expect(new Set(open).size).toBe(open.length);
  for (const a of m.enrolments)
    for (const b of m.enrolments) {
      if (a.id >= b.id || coverKey(a) !== coverKey(b)) continue;
      const overlap = a.startedOn < (b.endedOn ?? '9999-12-31') && b.startedOn < (a.endedOn ?? '9999-12-31');
      const empty = a.startedOn === a.endedOn || b.startedOn === b.endedOn;
      expect(overlap && !empty, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(false);
    }
}

function checkHistoryReplays(m: Model): void {
  for (const e of m.enrolments) {
    const timeline = m.events.filter((v) => v.enrolmentId === e.id);
    expect(timeline[0]?.event).toBe('started');
    expect(statusAfter[timeline.at(-1)!.event]).toBe(e.status);
  }
}

describe('employment and enrolment properties', () => {
  it('never enrols a person twice in one scheme, and every accepted operation leaves history', () => {
    const acceptedKinds = new Map<string, number>();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(op, fc.integer({ min: 0, max: 40 })), { maxLength: 60 }),
        fc.boolean(),
        (ops, concurrent) => {
          const m = new Model();
          let today = START;
          for (const [o, advance] of ops) {
            today = addDays(today, advance);
            const before = m.log.length;
            const accepted = apply(m, o, today, concurrent);
            if (accepted) acceptedKinds.set(o.kind, (acceptedKinds.get(o.kind) ?? 0) + 1);
            expect(m.log.length > before).toBe(accepted);
            checkNoDoubleCover(m);
            checkHistoryReplays(m);
            if (!concurrent) expect(m.employments.filter((e) => e.status === 'active').length).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 400 },
    );
    // The sequences exercise every operation, not only refusals.
    for (const kind of ['hire', 'separate', 'flexible', 'suspend', 'resume', 'terminate', 'death'])
      expect(acceptedKinds.get(kind) ?? 0, `${kind} ${JSON.stringify([...acceptedKinds])}`).toBeGreaterThan(10);
  });
});
