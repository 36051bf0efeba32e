import {
  CheckOutlined,
  FileAddOutlined,
  FileSearchOutlined,
  PlayCircleOutlined,
  SoundOutlined,
  StepForwardOutlined,
  StopOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router';
import type { Ticket } from '../../api/deskTypes.ts';
import { useCan } from '../../api/session.ts';
import { useI18n, useLocal, type Translate } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useNotify } from '../../ui/useNotify.ts';
import { useRecentInput } from '../../ui/useRecentInput.ts';
import { useChosenWindow, useHallTickets, useWindowCommands, useWindowState, type TicketCommand } from './windowApi.ts';
import { WindowPicker } from './WindowPicker.tsx';
import { StatusTag } from '../../ui/StatusTag.tsx';

function waitText(t: Translate, seconds: number | null): string {
  return seconds === null ? '—' : t('window.minutes', { n: Math.round(seconds / 60) });
}

/** `/staff/window`: the clerk's window: call the next ticket, re-call, no-show, serve, and open its case. */
export default function WindowPage() {
  const { t } = useI18n();
  const local = useLocal();
  const can = useCan();
  const notify = useNotify();
  const [chosen, choose] = useChosenWindow();
  const [picking, setPicking] = useState(false);
  const poll = useRecentInput();
  const state = useWindowState(picking ? null : (chosen?.windowId ?? null), poll);
  const tickets = useHallTickets(picking ? null : (chosen?.servicePointId ?? null), poll);
  const { callNext, command } = useWindowCommands(chosen?.windowId ?? null);
  const error = callNext.error ?? command.error ?? state.error;

  if (!chosen || picking) {
    return (
      <>
        <PageTitle title={t('menu.window')} description={t('window.description')} />
        <WindowPicker
          initial={chosen}
          onChoose={(w) => {
            choose(w);
            setPicking(false);
          }}
        />
      </>
    );
  }

  const w = state.data;
  const current = w?.current ?? null;
  const run = (c: TicketCommand) =>
    current && command.mutate({ ticketId: current.id, command: c }, { onSuccess: () => callNext.reset() });
  const next = () =>
    callNext.mutate(undefined, {
      onSuccess: (answer) => {
        command.reset();
        if (!answer.ticket) notify.success(t('window.nobodyWaiting'));
      },
    });
  const category = w?.categories.find((c) => c.id === current?.categoryId);
  const intakeHref = current
    ? `/staff/intake?ticketId=${current.id}&ticket=${current.code}&servicePointId=${chosen.servicePointId}&windowId=${chosen.windowId}`
    : null;

  return (
    <>
      <PageTitle
        title={t('menu.window')}
        description={
          w
            ? `${w.window.servicePointName} · ${t('window.windowLabel', { number: w.window.number, name: w.window.name })}`
            : undefined
        }
        extra={
          <Button icon={<SwapOutlined />} onClick={() => setPicking(true)} data-testid="window-change">
            {t('window.change')}
          </Button>
        }
      />
      <ErrorAlert error={error} testId="window-error" />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('window.current')} data-testid="window-current" style={{ height: '100%' }}>
            {current ? (
              <Flex vertical align="center" gap={8}>
                <div
                  style={{ fontSize: 88, fontWeight: 800, color: '#0f3d7a', lineHeight: 1.1, letterSpacing: 4 }}
                  className="tabular"
                  data-testid="window-current-code"
                >
                  {current.code}
                </div>
                <Flex gap={8} align="center">
                  <StatusTag family="ticket" status={current.status} />
                  {category && <Tag>{`${category.letter} ${local.name(category)}`}</Tag>}
                  {current.recallCount > 0 && (
                    <Tag color="orange">{t('window.recalled', { n: current.recallCount })}</Tag>
                  )}
                </Flex>
                <Typography.Text type="secondary">
                  {t('window.waited', { time: waitText(t, current.waitSeconds) })}
                </Typography.Text>
              </Flex>
            ) : (
              <Empty description={t('window.noCurrent')} />
            )}
            <Flex gap={8} wrap justify="center" style={{ marginTop: 20 }}>
              <Button
                type="primary"
                size="large"
                icon={<StepForwardOutlined />}
                disabled={current !== null}
                loading={callNext.isPending}
                onClick={next}
                data-testid="window-call-next"
              >
                {t('window.callNext')}
              </Button>
              <Button
                size="large"
                icon={<SoundOutlined />}
                disabled={current?.status !== 'called'}
                onClick={() => run('recall')}
                data-testid="window-recall"
              >
                {t('window.recall')}
              </Button>
              <Button
                size="large"
                danger
                icon={<StopOutlined />}
                disabled={current?.status !== 'called'}
                onClick={() => run('no-show')}
                data-testid="window-no-show"
              >
                {t('window.noShow')}
              </Button>
              <Button
                size="large"
                icon={<PlayCircleOutlined />}
                disabled={current?.status !== 'called'}
                onClick={() => run('start')}
                data-testid="window-start"
              >
                {t('window.startService')}
              </Button>
              <Button
                size="large"
                icon={<CheckOutlined />}
                disabled={current?.status !== 'serving'}
                onClick={() => run('finish')}
                data-testid="window-finish"
              >
                {t('window.finish')}
              </Button>
            </Flex>
            {current && (
              <Flex justify="center" style={{ marginTop: 16 }}>
                {current.caseId ? (
                  <Link to={`/staff/cases/${current.caseId}`}>
                    <Button icon={<FileSearchOutlined />} data-testid="window-open-case">
                      {t('window.viewCase')}
                    </Button>
                  </Link>
                ) : (
                  can('case.accept') &&
                  intakeHref && (
                    <Link to={intakeHref}>
                      <Button type="primary" ghost icon={<FileAddOutlined />} data-testid="window-intake">
                        {t('window.intake')}
                      </Button>
                    </Link>
                  )
                )}
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('window.today')} style={{ height: '100%' }}>
            <Row gutter={16}>
              <Col span={12}>
                <Statistic title={t('window.waiting')} value={w?.waiting ?? 0} data-testid="window-waiting" />
              </Col>
              <Col span={12}>
                <Statistic title={t('window.servedToday')} value={w?.servedToday ?? 0} />
              </Col>
            </Row>
            <Typography.Text type="secondary" style={{ display: 'block', margin: '16px 0 8px' }}>
              {t(w?.categoryIds.length ? 'window.servesSome' : 'window.servesAll')}
            </Typography.Text>
            <Flex gap={8} wrap>
              {w?.categories.map((c) => (
                <Tag key={c.id} color={c.status === 'active' ? 'blue' : 'default'} style={{ padding: '4px 8px' }}>
                  <b>{c.letter}</b> {local.name(c)} · {t('window.waitingN', { n: c.waiting })}
                </Tag>
              ))}
            </Flex>
          </Card>
        </Col>
      </Row>
      <Card title={t('window.hallTickets')} style={{ marginTop: 16 }} size="small">
        <Table<Ticket>
          rowKey="id"
          size="small"
          loading={tickets.isFetching && !tickets.data}
          dataSource={tickets.data?.items ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          onRow={(r) => ({ 'data-testid': `ticket-row-${r.code}` }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('display.ticket'), dataIndex: 'code', render: (v: string) => <b className="tabular">{v}</b> },
            {
              title: t('common.status'),
              dataIndex: 'status',
              render: (_, r) => <StatusTag family="ticket" status={r.status} />,
            },
            { title: t('window.takenAt'), dataIndex: 'takenAt', render: (v: string) => <DateText value={v} instant /> },
            { title: t('display.window'), dataIndex: 'windowNumber', render: (v: string | null) => v ?? '—' },
            { title: t('window.wait'), dataIndex: 'waitSeconds', render: (v: number | null) => waitText(t, v) },
            {
              title: t('window.case'),
              dataIndex: 'caseId',
              render: (v: number | null) => (v ? <Link to={`/staff/cases/${v}`}>{t('window.viewCase')}</Link> : '—'),
            },
          ]}
        />
      </Card>
    </>
  );
}
