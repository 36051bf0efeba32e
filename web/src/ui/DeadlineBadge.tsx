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
}

/**
 * The promise a case is keeping (限时办结): on track, due soon, overdue, paused while materials are
 * awaited, not yet started, or closed; with the deadline when there is one.
 */
export function DeadlineBadge({ state, dueOn, remainingWorkdays }: Props) {
  const { t } = useI18n();
  const { color, icon, key } = look[state];
  const showDue = dueOn && state !== 'closed' && state !== 'not_started';
  const tag = (
    <Tag color={color} icon={icon} data-testid="deadline-badge" data-state={state} style={{ marginInlineEnd: 0 }}>
      {t(key)}
      {showDue && (
        <span style={{ marginInlineStart: 6, fontVariantNumeric: 'tabular-nums' }}>
          {t('sla.dueOn', { date: dueOn })}
        </span>
      )}
    </Tag>
  );
  if (remainingWorkdays === null || remainingWorkdays === undefined || state === 'closed') return tag;
  const tip =
    remainingWorkdays >= 0
      ? t('sla.remaining', { n: remainingWorkdays })
      : t('sla.overdueBy', { n: -remainingWorkdays });
  return <Tooltip title={tip}>{tag}</Tooltip>;
}
