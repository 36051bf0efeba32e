import { Descriptions, Drawer, Tag, Timeline, Typography } from 'antd';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatInstant } from '../../ui/formatTime.ts';
import { labelOf } from '../../ui/labels.ts';
import { LevelTag } from '../../ui/LevelTag.tsx';
import { StatusTag } from '../../ui/StatusTag.tsx';
import { useCallbackTask } from './callbacksApi.ts';

/** A call-back task in full: the rating, its deadlines and every step taken. */
export function CallbackDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useI18n();
  const local = useLocal();
  const task = useCallbackTask(id);
  const c = task.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={560}
      title={c ? t('callback.drawerTitle', { number: c.caseNumber }) : ''}
    >
      <ErrorAlert error={task.error} />
      {c && (
        <div data-testid="callback-drawer">
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'item', label: t('progress.item'), children: local.text(c.itemName) || c.itemCode },
              { key: 'agency', label: t('cases.agency'), children: c.agencyName },
              { key: 'status', label: t('common.status'), children: <StatusTag family="callback" status={c.status} /> },
              {
                key: 'rating',
                label: t('callback.rating'),
                children: (
                  <>
                    <LevelTag level={c.rating.overall} /> {t(`ratingChannel.${c.rating.channel}`)} ·{' '}
                    <DateText value={c.rating.ratedAt} instant />
                    {c.rating.comment && <div>{c.rating.comment}</div>}
                  </>
                ),
              },
              {
                key: 'callbackDue',
                label: t('callback.callbackDue'),
                children: (
                  <Typography.Text type={c.callbackOverdue ? 'danger' : undefined}>
                    <DateText value={c.callbackDueOn} /> {c.callbackOverdue && t('sla.overdue')}
                  </Typography.Text>
                ),
              },
              {
                key: 'rectifyDue',
                label: t('callback.rectifyDue'),
                children: (
                  <Typography.Text type={c.rectifyOverdue ? 'danger' : undefined}>
                    <DateText value={c.rectifyDueOn} /> {c.rectifyOverdue && t('sla.overdue')}
                  </Typography.Text>
                ),
              },
              {
                key: 'assignees',
                label: t('callback.assignees'),
                children: c.assignees.map((a) => a.displayName).join(t('punct.list')) || '—',
              },
              ...(c.followUp
                ? [{ key: 'follow', label: t('rating.followUp'), children: <LevelTag level={c.followUp.overall} /> }]
                : []),
            ]}
          />
          {c.deadlinesProvisional && (
            <Typography.Paragraph type="warning" style={{ marginTop: 8 }}>
              {t('callback.provisional')}
            </Typography.Paragraph>
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('progress.history')}
          </Typography.Title>
          <Timeline
            items={(c.events ?? []).map((e, i) => ({
              key: i,
              content: (
                <>
                  <div className="timeline-time">{formatInstant(e.at)}</div>
                  <>
                    <b>{t(`callbackEvent.${e.kind}`)}</b>
                    {e.staffName && <span> · {e.staffName}</span>}
                    {e.result && (
                      <Tag style={{ marginInlineStart: 8 }}>
                        {labelOf(t, e.kind === 'follow_up' ? 'level' : 'callbackResult', e.result)}
                      </Tag>
                    )}
                    {e.note && <div style={{ color: 'rgba(0,0,0,0.65)' }}>{e.note}</div>}
                  </>
                </>
              ),
            }))}
          />
        </div>
      )}
    </Drawer>
  );
}
