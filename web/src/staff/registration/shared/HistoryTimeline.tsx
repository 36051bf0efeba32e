import { Empty, Timeline } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/index.ts';
import { formatInstant } from '../../../ui/formatTime.ts';
import { labelOf } from '../../../ui/labels.ts';
import type { ChangeEntry } from '../registrationTypes.ts';

/** Change history, one timeline item per change group (fields changed together), newest first. */
export function HistoryTimeline({ entries, testId }: { entries: ChangeEntry[]; testId: string }) {
  const { t } = useI18n();
  // Status values are codes; other values are shown as recorded (personal ones arrive masked).
  const valueText = (field: string, value: string | null) =>
    value === null ? '—' : field === 'status' ? labelOf(t, 'reg.statusValue', value) : value;
  if (entries.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} data-testid={testId} />;
  const groups = new Map<number, ChangeEntry[]>();
  for (const e of entries) groups.set(e.group, [...(groups.get(e.group) ?? []), e]);
  const ordered = [...groups.values()].sort((a, b) => (b[0]?.changedAt ?? '').localeCompare(a[0]?.changedAt ?? ''));
  return (
    <Timeline
      data-testid={testId}
      items={ordered.map((rows) => {
        const first = rows[0] as ChangeEntry;
        return {
          key: first.group,
          content: (
            <>
              <div className="timeline-time">
                {formatInstant(first.changedAt, false)} · {first.actorName} · {t('reg.effectiveOn')}
                {t('punct.colon')}
                {first.effectiveOn}
              </div>
              {rows.map((r) =>
                r.field === 'registered' ? (
                  <div key={r.field}>
                    <b>{t('reg.history.registered')}</b>（{labelOf(t, 'reg.channel', r.newValue ?? '')}）
                  </div>
                ) : (
                  <div key={r.field}>
                    <b>{labelOf(t, 'reg.field', r.field)}</b>
                    {t('punct.colon')}
                    <span style={{ color: 'rgba(0,0,0,0.45)' }}>{valueText(r.field, r.oldValue)}</span> →{' '}
                    {valueText(r.field, r.newValue)}
                  </div>
                ),
              )}
              {first.reason && (
                <div style={{ color: 'rgba(0,0,0,0.65)' }}>
                  {t('reg.reason')}
                  {t('punct.colon')}
                  {first.reason}
                </div>
              )}
              {first.caseId && <Link to={`/staff/cases/${first.caseId}`}>{t('reg.linkedCase')}</Link>}
            </>
          ),
        };
      })}
    />
  );
}
