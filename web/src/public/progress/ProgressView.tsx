import { Alert, Card, Descriptions, Flex, Steps, Table, Timeline, Typography } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import type { Progress, ProgressMaterial } from '../../api/deskTypes.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { DeadlineBadge, DeadlineDate } from '../../ui/DeadlineBadge.tsx';
import { formatInstant } from '../../ui/formatTime.ts';
import { labelOf } from '../../ui/labels.ts';
import { NoticeCard } from '../../ui/NoticeCard.tsx';
import { RequirementTag } from '../../shared/catalog/MaterialsTable.tsx';
import { StatusTag } from '../../ui/StatusTag.tsx';

/** History events that keep the status (the tag would repeat it). */
const unchangedStatusEvents = new Set(['step', 'materials_received', 'notice_issued']);

interface Props {
  progress: Progress;
  /** The PDF of a slip for this reader; null when only the text may be shown. */
  noticePdf?: (noticeId: number) => string | null;
  /** Shown under the materials while some are missing (the supply form). */
  supply?: ReactNode;
  /** Shown once the case is finished (the rating). */
  rating?: ReactNode;
}

/** What an applicant sees of a case: state, promise, steps, materials, slips, messages and history. */
export function ProgressView({ progress: p, noticePdf, supply, rating }: Props) {
  const { t, lang } = useI18n();
  const local = useLocal();
  const firstOpen = p.steps.findIndex((s) => !s.done);
  // Declined at acceptance: the first step failed; refused: the last step performed refused it.
  const lastDone = p.steps.reduce((last, s, i) => (s.done ? i : last), -1);
  const current =
    p.status === 'declined'
      ? 0
      : p.status === 'refused'
        ? Math.max(lastDone, 0)
        : firstOpen < 0
          ? p.steps.length
          : firstOpen;
  const closed = p.status === 'completed' || p.status === 'refused' || p.status === 'declined';
  return (
    <Flex vertical gap={16} data-testid="progress-view" data-case-number={p.caseNumber}>
      <Card
        title={
          <Flex gap={8} align="center" wrap>
            <span>{local.name(p.item)}</span>
            <StatusTag family="case" status={p.status} />
            <DeadlineBadge state={p.slaState} dueOn={p.dueOn} provisional={p.dueOnProvisional} />
          </Flex>
        }
        extra={
          <Typography.Text copyable className="mono" data-testid="progress-case-number">
            {p.caseNumber}
          </Typography.Text>
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, lg: 3 }}
          items={[
            { key: 'agency', label: t('progress.agency'), children: p.agency.name },
            { key: 'channel', label: t('progress.channel'), children: t(`channel.${p.channel}`) },
            { key: 'owner', label: t('progress.owner'), children: p.owner?.displayName ?? '—' },
            {
              key: 'applicant',
              label: t('progress.applicant'),
              children: (
                <>
                  {p.applicant.name}
                  <span className="mono" style={{ marginInlineStart: 8 }}>
                    {p.applicant.identifierMasked}
                  </span>
                </>
              ),
            },
            { key: 'received', label: t('progress.receivedAt'), children: <DateText value={p.receivedAt} instant /> },
            { key: 'accepted', label: t('progress.acceptedOn'), children: <DateText value={p.acceptedOn} /> },
            {
              key: 'due',
              label: t('progress.dueOn'),
              children: <DeadlineDate dueOn={p.dueOn} provisional={p.dueOnProvisional} />,
            },
            ...(p.pausedSince
              ? [
                  {
                    key: 'supply',
                    label: t('progress.supplyBy'),
                    children: (
                      <Typography.Text type="danger" strong>
                        <DateText value={p.supplyDeadline} />
                      </Typography.Text>
                    ),
                  },
                ]
              : []),
          ]}
        />
        <Steps
          size="small"
          style={{ marginTop: 16 }}
          current={current}
          status={p.status === 'refused' || p.status === 'declined' ? 'error' : undefined}
          items={p.steps.map((s) => ({
            key: s.code,
            title: local.name(s),
            content: s.at ? formatInstant(s.at, false) : undefined,
          }))}
          data-testid="progress-steps"
        />
        {p.decision && (
          <Alert
            style={{ marginTop: 16 }}
            showIcon
            type={p.decision.outcome === 'approved' ? 'success' : 'error'}
            title={t(`outcome.${p.decision.outcome}`)}
            description={
              <>
                {p.decision.reason && (
                  <div data-testid="progress-decision-reason">
                    {t('progress.reason')}
                    {t('punct.colon')}
                    {p.decision.reason}
                  </div>
                )}
                {p.decision.note && <div>{p.decision.note}</div>}
                {p.decision.at && <div style={{ color: 'rgba(0,0,0,0.45)' }}>{formatInstant(p.decision.at)}</div>}
              </>
            }
            data-testid="progress-decision"
          />
        )}
      </Card>

      <Card title={t('progress.materials')} size="small">
        <Table<ProgressMaterial>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={p.materials}
          scroll={{ x: 'max-content' }}
          onRow={(m) => ({ 'data-testid': `progress-material-${m.code}` }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('guide.material'), key: 'name', render: (_, m) => local.name(m) },
            {
              title: t('guide.requirement'),
              key: 'r',
              render: (_, m) => <RequirementTag requirement={m.requirement} />,
            },
            {
              title: t('common.status'),
              key: 's',
              render: (_, m) => <StatusTag family="material" status={m.status} />,
            },
            {
              title: t('progress.supplyBy'),
              key: 'd',
              render: (_, m) => (m.status === 'missing' ? <DateText value={m.supplyDeadline} /> : '—'),
            },
            { title: t('progress.materialNote'), key: 'reason', render: (_, m) => m.reason ?? '—' },
          ]}
        />
        {supply}
      </Card>

      {closed && rating}

      {p.notices.length > 0 && (
        <Flex vertical gap={12}>
          {p.notices.map((n) => (
            <NoticeCard key={n.id} notice={n} pdfHref={noticePdf?.(n.id) ?? null} testId="progress-notice" />
          ))}
        </Flex>
      )}

      <Card title={t('progress.messages')} size="small" data-testid="progress-messages">
        {p.messages.length === 0 ? (
          <Typography.Text type="secondary">{t('progress.noMessages')}</Typography.Text>
        ) : (
          <Timeline
            items={[...p.messages].reverse().map((m, i) => ({
              key: `${m.at}-${i}`,
              content: (
                <>
                  <div className="timeline-time">{formatInstant(m.at, false)}</div>
                  <div className="pre-wrap" style={{ maxHeight: 160, overflow: 'auto' }}>
                    {lang === 'en' ? m.bodyEn : m.bodyZh}
                  </div>
                </>
              ),
            }))}
          />
        )}
      </Card>

      <Card title={t('progress.history')} size="small">
        <Timeline
          items={p.history.map((h, i) => ({
            key: `${h.at}-${i}`,
            content: (
              <>
                <div className="timeline-time">{formatInstant(h.at, false)}</div>
                <>
                  {labelOf(t, 'caseEvent', h.event)}
                  {h.statusTo && !unchangedStatusEvents.has(h.event) && (
                    <span style={{ marginInlineStart: 8 }}>
                      <StatusTag family="case" status={h.statusTo} />
                    </span>
                  )}
                </>
              </>
            ),
          }))}
        />
      </Card>
    </Flex>
  );
}
