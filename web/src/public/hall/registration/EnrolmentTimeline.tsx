import { Empty, Timeline } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import { labelOf } from '../../../ui/labels.ts';
import { schemeName } from './labels.tsx';
import type { Enrolment, EnrolmentEvent } from './types.ts';

const colours: Record<EnrolmentEvent['event'], string> = {
  started: 'green',
  resumed: 'blue',
  suspended: 'orange',
  terminated: 'gray',
};

/** One line of the timeline: what happened on one day to the enrolments under one employer (or flexible). */
interface Moment {
  key: string;
  effectiveOn: string;
  event: EnrolmentEvent['event'];
  where: { employer: string | null; category: Enrolment['category'] };
  schemes: Enrolment['scheme'][];
  reason: string | null;
}

/** Every enrolment's events (started, suspended, resumed, terminated), same-day ones together, newest first. */
function momentsOf(enrolments: readonly Enrolment[]): Moment[] {
  const moments = new Map<string, Moment>();
  for (const e of enrolments) {
    // An enrolment without recorded events is told by its start and its end.
    const events: readonly EnrolmentEvent[] =
      e.events.length > 0
        ? e.events
        : [
            { event: 'started', effectiveOn: e.startedOn, reason: null },
            ...(e.endedOn ? [{ event: 'terminated' as const, effectiveOn: e.endedOn, reason: null }] : []),
          ];
    for (const ev of events) {
      const key = `${ev.effectiveOn}|${ev.event}|${e.employer?.id ?? e.category}|${ev.reason ?? ''}`;
      const found = moments.get(key);
      if (found) found.schemes.push(e.scheme);
      else
        moments.set(key, {
          key,
          effectiveOn: ev.effectiveOn,
          event: ev.event,
          where: { employer: e.employer?.name ?? null, category: e.category },
          schemes: [e.scheme],
          reason: ev.reason,
        });
    }
  }
  const order = ['pension', 'medical', 'unemployment', 'work_injury'];
  for (const m of moments.values()) m.schemes.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return [...moments.values()].sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn));
}

/** 参保历程: the person's enrolments over time as a timeline. */
export function EnrolmentTimeline({ enrolments }: { enrolments: readonly Enrolment[] }) {
  const { t } = useI18n();
  const moments = momentsOf(enrolments);
  if (moments.length === 0) return <Empty description={t('hreg.mine.noEnrolments')} />;
  return (
    <Timeline
      data-testid="hreg-mine-timeline"
      items={moments.map((ev) => ({
        key: ev.key,
        color: colours[ev.event] ?? 'blue',
        children: (
          <>
            <div>
              <time style={{ fontVariantNumeric: 'tabular-nums', marginRight: 8 }}>{ev.effectiveOn}</time>
              {t('hreg.mine.timelineItem', {
                scheme: ev.schemes.map((x) => schemeName(t, x)).join(t('punct.list')),
                event: labelOf(t, 'hreg.event', ev.event),
              })}
            </div>
            <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
              {ev.where.employer ?? labelOf(t, 'hreg.category', ev.where.category)}
              {ev.reason ? ` · ${ev.reason}` : ''}
            </div>
          </>
        ),
      }))}
    />
  );
}
