import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Row,
  Steps,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link, useParams } from 'react-router';
import type { CaseDetail, CaseHistoryEntry, CaseMaterial } from '../../api/deskTypes.ts';
import { useCan } from '../../api/session.ts';
import { useI18n, useLocal, type Translate } from '../../i18n/index.ts';
import { RequirementTag } from '../../shared/catalog/MaterialsTable.tsx';
import { DateText } from '../../ui/DateText.tsx';
import { DeadlineBadge, DeadlineDate } from '../../ui/DeadlineBadge.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatInstant } from '../../ui/formatTime.ts';
import { labelOf } from '../../ui/labels.ts';
import { NoticeCard } from '../../ui/NoticeCard.tsx';
import { PageSpinner } from '../../ui/PageSpinner.tsx';
import { DownloadModal, type DownloadTarget } from '../archive/DownloadModal.tsx';
import { CaseActions } from './CaseActions.tsx';
import { useCase } from './casesApi.ts';
import { StatusTag } from '../../ui/StatusTag.tsx';

/** A short line from an event's details: the reason, the step, the missing materials … */
function eventDetail(h: CaseHistoryEntry, c: CaseDetail, t: Translate, name: (code: string) => string): string | null {
  const d = h.details ?? {};
  const parts: string[] = [];
  if (typeof d.step === 'string') {
    const s = c.steps.find((x) => x.code === d.step);
    parts.push(s ? name(s.code) : d.step);
  }
  if (d.decision === 'refuse') parts.push(t('case.refuse'));
  if (typeof d.reason === 'string') parts.push(`${t('case.reason')}${t('punct.colon')}${d.reason}`);
  if (Array.isArray(d.missing) && d.missing.length > 0) {
    parts.push(
      `${t('case.missing')}${t('punct.colon')}${d.missing.map((m) => materialName(c, String(m), name)).join(t('punct.list'))}`,
    );
  }
  if (typeof d.dueOnBefore === 'string') parts.push(t('sla.movedFrom', { date: d.dueOnBefore }));
  if (typeof d.dueOn === 'string')
    parts.push(`${t('sla.dueOn', { date: d.dueOn })}${d.dueOnProvisional === true ? ` ${t('sla.provisional')}` : ''}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

function materialName(c: CaseDetail, code: string, name: (code: string) => string): string {
  return c.materials.some((m) => m.code === code) ? name(code) : code;
}

/** `/staff/cases/:id`: one case: promise, applicant, workflow steps with their actions, materials, slips, history. */
export default function CaseDetailPage() {
  const id = Number(useParams().id);
  const { t } = useI18n();
  const local = useLocal();
  const can = useCan();
  const query = useCase(id);
  const [download, setDownload] = useState<DownloadTarget | null>(null);
  if (query.isPending) return <PageSpinner />;
  if (!query.data) return <ErrorAlert error={query.error} />;
  const c = query.data;
  const stepName = (code: string) => {
    const s = c.steps.find((x) => x.code === code);
    return s ? local.name(s) : code;
  };
  const materialLabel = (code: string) => {
    const m = c.materials.find((x) => x.code === code);
    return m ? local.name(m) : code;
  };
  const hasNotices = c.notices.length > 0 || c.alerts.length > 0;
  // The first-inquiry owner: who received the request, or for an online one whoever first took it.
  const firstOwner = c.receivedBy ?? c.handOvers[0]?.from ?? c.handOvers[0]?.to ?? c.owner;
  const firstOpen = c.steps.findIndex((s) => !s.done);
  const lastDone = c.steps.reduce((last, s, i) => (s.done ? i : last), -1);
  const currentStep =
    c.status === 'declined'
      ? 0
      : c.status === 'refused'
        ? Math.max(lastDone, 0)
        : firstOpen < 0
          ? c.steps.length
          : firstOpen;
  const failed = c.status === 'refused' || c.status === 'declined';

  return (
    <div data-testid="case-detail" data-case-number={c.caseNumber} data-status={c.status}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
        <div>
          <Link to="/staff/cases">
            <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
              {t('menu.cases')}
            </Button>
          </Link>
          <Flex align="center" gap={10} wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {local.name(c.item)}
            </Typography.Title>
            <StatusTag family="case" status={c.status} />
            <DeadlineBadge
              state={c.slaState}
              dueOn={c.dueOn}
              remainingWorkdays={c.remainingWorkdays}
              provisional={c.dueOnProvisional}
            />
          </Flex>
          <Typography.Text copyable className="mono" data-testid="case-number">
            {c.caseNumber}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ marginInlineStart: 12 }}>
            {t('case.itemVersion', { code: c.item.code, version: c.item.version })}
          </Typography.Text>
        </div>
      </Flex>

      <div style={{ marginBottom: 16 }}>
        <CaseActions c={c} />
        {c.decision && (
          <Alert
            style={{ marginTop: 12 }}
            showIcon
            type={c.decision.outcome === 'approved' ? 'success' : 'error'}
            title={[
              t(`outcome.${c.decision.outcome}`),
              c.decision.by?.displayName,
              c.decision.at && formatInstant(c.decision.at),
            ]
              .filter(Boolean)
              .join(' · ')}
            description={
              c.decision.reason || c.decision.note ? (
                <>
                  {c.decision.reason && (
                    <div>
                      {t('case.reason')}
                      {t('punct.colon')}
                      {c.decision.reason}
                    </div>
                  )}
                  {c.decision.note && <div>{c.decision.note}</div>}
                </>
              ) : undefined
            }
            data-testid="case-decision"
          />
        )}
      </div>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('case.overview')} size="small">
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                {
                  key: 'applicant',
                  label: t('progress.applicant'),
                  children: (
                    <>
                      {c.applicant.name} <Tag>{t(`applicantKind.${c.applicant.kind}`)}</Tag>
                      <Tag color={c.applicant.verified ? 'green' : 'default'} data-testid="case-applicant-verified">
                        {t(c.applicant.verified ? 'identity.case.verified' : 'identity.case.unverified')}
                      </Tag>
                      {c.applicant.nameOverride && (
                        <div style={{ marginTop: 4 }} data-testid="case-name-override">
                          {t('identity.case.override', {
                            registered: c.applicant.nameOverride.registeredName,
                            by: c.applicant.nameOverride.grantedBy,
                            reason: c.applicant.nameOverride.reason,
                          })}
                        </div>
                      )}
                    </>
                  ),
                },
                {
                  key: 'id',
                  label: t(`identifierType.${c.applicant.identifierType}`),
                  children: <span className="mono">{c.applicant.identifierMasked}</span>,
                },
                {
                  key: 'phone',
                  label: t('public.phone'),
                  children: <span className="mono">{c.applicant.phoneMasked ?? '—'}</span>,
                },
                { key: 'channel', label: t('progress.channel'), children: t(`channel.${c.channel}`) },
                { key: 'agency', label: t('cases.agency'), children: c.agency.name },
                {
                  key: 'received',
                  label: t('progress.receivedAt'),
                  children: <DateText value={c.receivedAt} instant />,
                },
                { key: 'receivedBy', label: t('case.receivedBy'), children: c.receivedBy?.displayName ?? '—' },
                ...(c.applicationNote
                  ? [
                      {
                        key: 'applicationNote',
                        label: t('case.applicationNote'),
                        span: 2,
                        children: <span data-testid="case-application-note">{c.applicationNote}</span>,
                      },
                    ]
                  : []),
                {
                  key: 'owner',
                  label: t('progress.owner'),
                  children: <b data-testid="case-owner">{c.owner?.displayName ?? '—'}</b>,
                },
                { key: 'assignee', label: t('cases.assignee'), children: c.assignee?.displayName ?? '—' },
                { key: 'accepted', label: t('progress.acceptedOn'), children: <DateText value={c.acceptedOn} /> },
                {
                  key: 'promise',
                  label: t('case.promise'),
                  children:
                    c.item.promisedDays === 0
                      ? `${t('guide.immediate')} · ${t('guide.statutory', { n: c.item.statutoryDays })}`
                      : t('case.promiseDays', { promised: c.item.promisedDays, statutory: c.item.statutoryDays }),
                },
                {
                  key: 'due',
                  label: t('progress.dueOn'),
                  children: <DeadlineDate dueOn={c.dueOn} provisional={c.dueOnProvisional} />,
                },
                { key: 'remaining', label: t('case.remaining'), children: c.remainingWorkdays ?? '—' },
                { key: 'paused', label: t('case.pausedWorkdays'), children: c.pausedWorkdays },
                ...(c.pausedSince
                  ? [
                      {
                        key: 'pausedSince',
                        label: t('case.pausedSince'),
                        children: <DateText value={c.pausedSince} />,
                      },
                      {
                        key: 'supplyBy',
                        label: t('progress.supplyBy'),
                        children: <DateText value={c.supplyDeadline} />,
                      },
                    ]
                  : []),
                ...(c.ticketId ? [{ key: 'ticket', label: t('case.ticket'), children: `#${c.ticketId}` }] : []),
                ...(c.completedAt
                  ? [
                      {
                        key: 'completed',
                        label: t('case.completedAt'),
                        children: <DateText value={c.completedAt} instant />,
                      },
                      {
                        key: 'within',
                        label: t('case.withinPromise'),
                        children:
                          c.finishedWithinPromise === null ? (
                            '—'
                          ) : (
                            <Tag color={c.finishedWithinPromise ? 'green' : 'red'}>
                              {t(c.finishedWithinPromise ? 'case.yes' : 'case.no')}
                            </Tag>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <Card title={t('case.workflow')} size="small" data-testid="case-steps">
              <Steps
                orientation="vertical"
                size="small"
                current={currentStep}
                status={failed ? 'error' : undefined}
                items={c.steps.map((s) => ({
                  key: s.code,
                  title: (
                    <span data-testid={`case-step-${s.code}`} data-done={s.done ? 'true' : 'false'}>
                      {local.name(s)}
                    </span>
                  ),
                  subTitle: labelOf(t, 'stepPermission', s.permission),
                  content: s.done ? (
                    <>
                      {s.done.staff.displayName} · {formatInstant(s.done.at)}
                      {s.done.decision === 'refuse' && (
                        <Tag color="red" style={{ marginInlineStart: 8 }}>
                          {t('case.refuse')}
                        </Tag>
                      )}
                      {s.done.reason && (
                        <div>
                          {t('case.reason')}
                          {t('punct.colon')}
                          {s.done.reason}
                        </div>
                      )}
                      {s.done.comment && <div style={{ color: 'rgba(0,0,0,0.55)' }}>{s.done.comment}</div>}
                    </>
                  ) : undefined,
                }))}
              />
              {c.separatedSteps.length > 0 && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('case.separated', {
                    pairs: c.separatedSteps.map((pair) => pair.map(stepName).join(' / ')).join(t('punct.list')),
                  })}
                </Typography.Text>
              )}
            </Card>
            <Card title={t('case.handOvers')} size="small" data-testid="case-hand-overs">
              <Descriptions
                size="small"
                column={1}
                items={[{ key: 'first', label: t('case.firstOwner'), children: firstOwner?.displayName ?? '—' }]}
              />
              {c.handOvers.length === 0 ? (
                <Typography.Text type="secondary">{t('case.noHandOvers')}</Typography.Text>
              ) : (
                <Timeline
                  style={{ marginTop: 12 }}
                  items={c.handOvers.map((h, i) => ({
                    key: i,
                    content: (
                      <>
                        <div className="timeline-time">{formatInstant(h.at, false)}</div>
                        <>
                          {t('case.handOverLine', {
                            from: h.from?.displayName ?? '—',
                            to: h.to.displayName,
                            by: h.by.displayName,
                          })}
                          <div style={{ color: 'rgba(0,0,0,0.55)' }}>{h.reason}</div>
                        </>
                      </>
                    ),
                  }))}
                />
              )}
            </Card>
          </Flex>
        </Col>
        <Col span={24}>
          <Card title={t('progress.materials')} size="small">
            <Table<CaseMaterial>
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={c.materials}
              scroll={{ x: 'max-content' }}
              onRow={(m) =>
                ({ 'data-testid': `case-material-${m.code}`, 'data-status': m.status }) as HTMLAttributes<HTMLElement>
              }
              columns={[
                {
                  title: t('guide.material'),
                  key: 'name',
                  render: (_, m) => (
                    <>
                      {local.name(m)}
                      {m.reason && (
                        <div style={{ color: '#ad4e00', fontSize: 12 }}>
                          {t('case.reason')}
                          {t('punct.colon')}
                          {m.reason}
                        </div>
                      )}
                    </>
                  ),
                },
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
                  title: t('case.materialDate'),
                  key: 'd',
                  render: (_, m) =>
                    m.status === 'missing' ? (
                      <>
                        {t('progress.supplyBy')} <DateText value={m.supplyDeadline} />
                      </>
                    ) : (
                      <DateText value={m.receivedAt} instant />
                    ),
                },
                {
                  title: t('case.document'),
                  key: 'doc',
                  render: (_, m) =>
                    m.document ? (
                      can('archive.read') ? (
                        <Button
                          size="small"
                          type="link"
                          icon={<DownloadOutlined />}
                          onClick={() => m.document && setDownload(m.document)}
                          data-testid={`case-material-download-${m.code}`}
                        >
                          <span className="mono">{m.document.archiveNo}</span>
                        </Button>
                      ) : (
                        <span className="mono">{m.document.archiveNo}</span>
                      )
                    ) : (
                      '—'
                    ),
                },
              ]}
            />
          </Card>
        </Col>
        {hasNotices && (
          <Col xs={24} xl={14}>
            <Flex vertical gap={16}>
              {c.alerts.length > 0 && (
                <Card title={t('menu.alerts')} size="small">
                  {c.alerts.map((a) => (
                    <Alert
                      key={a.id}
                      type={a.kind === 'overdue' ? 'error' : 'warning'}
                      showIcon
                      style={{ marginBottom: 8 }}
                      title={`${t(`alertKind.${a.kind}`)} · ${t('sla.dueOn', { date: a.dueOn })}`}
                      description={formatInstant(a.raisedAt)}
                    />
                  ))}
                </Card>
              )}
              {c.notices.map((n) => (
                <NoticeCard key={n.id} notice={n} pdfHref={`/api/case-notices/${n.id}/pdf`} testId="case-notice" />
              ))}
            </Flex>
          </Col>
        )}
        <Col xs={24} xl={hasNotices ? 10 : 24}>
          <Card title={t('progress.history')} size="small" data-testid="case-history">
            {c.history.length === 0 ? (
              <Empty />
            ) : (
              <Timeline
                items={c.history.map((h, i) => {
                  const detail = eventDetail(h, c, t, (code) =>
                    c.steps.some((s) => s.code === code) ? stepName(code) : materialLabel(code),
                  );
                  return {
                    key: i,
                    color:
                      h.statusTo === 'refused' || h.statusTo === 'declined'
                        ? 'red'
                        : h.statusTo === 'completed'
                          ? 'green'
                          : 'blue',
                    content: (
                      <>
                        <div className="timeline-time">{formatInstant(h.at)}</div>
                        <div data-event={h.event}>
                          <b>{labelOf(t, 'caseEvent', h.event)}</b>
                          {h.actor.name && <span style={{ color: 'rgba(0,0,0,0.55)' }}> · {h.actor.name}</span>}
                          {h.statusTo && h.statusTo !== h.statusFrom && (
                            <span style={{ marginInlineStart: 8 }}>
                              <StatusTag family="case" status={h.statusTo} />
                            </span>
                          )}
                          {detail && <div style={{ color: 'rgba(0,0,0,0.65)' }}>{detail}</div>}
                        </div>
                      </>
                    ),
                  };
                })}
              />
            )}
          </Card>
        </Col>
      </Row>
      <DownloadModal target={download} onClose={() => setDownload(null)} />
    </div>
  );
}
