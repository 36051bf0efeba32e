import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
  MinusCircleOutlined,
  PauseCircleOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import type { SlaState } from '../api/deskTypes.ts';
import { useI18n, type MessageKey } from '../i18n/index.ts';
import { DateText } from './DateText.tsx';

const look: Record<SlaState, { color: string; icon: ReactNode; key: MessageKey }> = {
  not_started: { color: 'default', icon: <MinusCircleOutlined />, key: 'sla.not_started' },
  on_track: { color: 'green', icon: <ClockCircleOutlined />, key: 'sla.on_track' },
  due_soon: { color: 'orange', icon: <WarningOutlined />, key: 'sla.due_soon' },
  overdue: { color: 'red', icon: <ExclamationCircleOutlined />, key: 'sla.overdue' },
  paused: { color: 'blue', icon: <PauseCircleOutlined />, key: 'sla.paused' },
  closed: { color: 'default', icon: <CheckCircleOutlined />, key: 'sla.closed' },
};

interface Props {
  state: SlaState;
  /** The promised deadline (`YYYY-MM-DD`), shown beside the state while the case runs. */
  dueOn?: string | null;
  /** Working days left; shown as a tooltip. */
  remainingWorkdays?: number | null;
  /** The deadline was counted on the provisional calendar (no holiday notice for its year yet). */
  provisional?: boolean;
}

/**
 * The promise a case is keeping (限时办结): on track, due soon, overdue, paused while materials are
 * awaited, not yet started, or closed; with the deadline when there is one, marked 暂定 while it
 * was counted on the provisional calendar of a year without its holiday notice.
 */
export function DeadlineBadge({ state, dueOn, remainingWorkdays, provisional = false }: Props) {
  const { t } = useI18n();
  const { color, icon, key } = look[state];
  const showDue = dueOn && state !== 'closed' && state !== 'not_started';
  const tag = (
    <Tag
      color={color}
      icon={icon}
      data-testid="deadline-badge"
      data-state={state}
      data-provisional={showDue && provisional ? 'true' : undefined}
      style={{ marginInlineEnd: 0 }}
    >
      {t(key)}
      {showDue && (
        <span style={{ marginInlineStart: 6, fontVariantNumeric: 'tabular-nums' }}>
          {t('sla.dueOn', { date: dueOn })}
          {provisional && ` ${t('sla.provisional')}`}
        </span>
      )}
    </Tag>
  );
  const tips: string[] = [];
  if (remainingWorkdays !== null && remainingWorkdays !== undefined && state !== 'closed')
    tips.push(
      remainingWorkdays >= 0
        ? t('sla.remaining', { n: remainingWorkdays })
        : t('sla.overdueBy', { n: -remainingWorkdays }),
    );
  if (showDue && provisional) tips.push(t('sla.provisionalHint'));
  return tips.length === 0 ? tag : <Tooltip title={tips.join(' · ')}>{tag}</Tooltip>;
}

/** A deadline date as text, with 暂定 and its explanation when it was counted provisionally. */
export function DeadlineDate({ dueOn, provisional }: { dueOn: string | null; provisional: boolean }) {
  const { t } = useI18n();
  if (!dueOn || !provisional) return <DateText value={dueOn} />;
  return (
    <Tooltip title={t('sla.provisionalHint')}>
      <span data-testid="deadline-date" data-provisional="true">
        <DateText value={dueOn} /> <Tag color="gold">{t('sla.provisional')}</Tag>
      </span>
    </Tooltip>
  );
}
