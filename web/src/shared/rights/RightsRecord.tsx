import {
  Alert,
  Card,
  Col,
  Collapse,
  Empty,
  Flex,
  Row,
  Segmented,
  Statistic,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useI18n, type Translate } from '../../i18n/index.ts';
import { EChart } from '../../ui/charts/EChart.tsx';
import { DateText } from '../../ui/DateText.tsx';
import { timelineOption } from './rightsTimeline.ts';
import {
  SCHEMES,
  type RightsEvent,
  type RightsRow,
  type RightsScheme,
  type RightsStatus,
  type RightsView,
  type RightsYear,
  type Scheme,
} from './rightsTypes.ts';
import { formatDecimal } from '../../ui/money.ts';
import { MoneyText } from '../../ui/MoneyText.tsx';
import { periodLabel } from '../../ui/periods.ts';
import { StatusTag } from '../../ui/StatusTag.tsx';

const EVENT_COLOURS: Readonly<Record<RightsEvent['kind'], string>> = {
  account_established: 'green',
  interrupted: 'red',
  resumed: 'blue',
  transferred_in: 'purple',
  transferred_out: 'gray',
};

/** One statistic card: cumulative months of a scheme, its span, and the individual account. */
function SchemeCard({ scheme }: { scheme: RightsScheme }) {
  const { t } = useI18n();
  const years = Math.floor(scheme.cumulativeMonths / 12);
  return (
    <Card size="small" data-testid={`rights-scheme-${scheme.scheme}`} style={{ height: '100%' }}>
      <Statistic
        title={`${t(`rights.scheme.${scheme.scheme}`)} · ${t('rights.cumulativeMonths')}`}
        value={scheme.cumulativeMonths}
        suffix={t('rights.monthsUnit')}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {scheme.firstPeriod && scheme.lastPeriod
          ? `${t('rights.yearsMonths', { years, months: scheme.cumulativeMonths % 12 })} · ${t('rights.span', {
              from: periodLabel(scheme.firstPeriod),
              to: periodLabel(scheme.lastPeriod),
            })}`
          : t('rights.noMonths')}
      </Typography.Text>
      {scheme.accountBalance !== null && (
        <div style={{ marginTop: 8 }} data-testid={`rights-balance-${scheme.scheme}`}>
          <Typography.Text type="secondary">{t('rights.accountBalance')}：</Typography.Text>
          <MoneyText value={scheme.accountBalance} />
          {scheme.accountStatus === 'closed' && <Tag style={{ marginLeft: 8 }}>{t('rights.accountClosed')}</Tag>}
        </div>
      )}
    </Card>
  );
}

function columns(t: Translate) {
  const money = (v: string) => <MoneyText value={v} />;
  return [
    { title: t('rights.col.period'), dataIndex: 'period', render: (v: string) => periodLabel(v) },
    { title: t('rights.col.scheme'), dataIndex: 'scheme', render: (v: RightsRow['scheme']) => t(`rights.scheme.${v}`) },
    {
      title: t('rights.col.employer'),
      dataIndex: 'employerName',
      render: (v: string | null) => v ?? t('rights.flexible'),
    },
    { title: t('rights.col.base'), dataIndex: 'base', align: 'right' as const, render: money },
    { title: t('rights.col.employerAmount'), dataIndex: 'employerAmount', align: 'right' as const, render: money },
    { title: t('rights.col.employeeAmount'), dataIndex: 'employeeAmount', align: 'right' as const, render: money },
    { title: t('rights.col.accountCredit'), dataIndex: 'accountCredit', align: 'right' as const, render: money },
    {
      title: t('rights.col.status'),
      dataIndex: 'status',
      render: (v: RightsStatus, r: RightsRow) => (
        <>
          <StatusTag family="rights" status={v} />
          {v === 'due' && r.dueOn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="rights-due-by">
              {t('rights.dueBy', { date: r.dueOn })}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: t('rights.col.paidOn'), dataIndex: 'paidOn', render: (v: string | null) => <DateText value={v} /> },
  ];
}

function yearLabel(t: Translate, y: RightsYear) {
  const months = Math.max(...Object.values(y.totals.months));
  return (
    <Flex wrap gap={12} align="baseline">
      <Typography.Text strong>{t('rights.year', { year: y.year })}</Typography.Text>
      <Typography.Text type="secondary">
        {t('rights.yearSummary', {
          months,
          employer: formatDecimal(y.totals.employerAmount),
          employee: formatDecimal(y.totals.employeeAmount),
          credit: formatDecimal(y.totals.accountCredit),
        })}
      </Typography.Text>
      {y.totals.outstanding !== '0.00' && (
        <Tag color="red" data-testid="rights-year-outstanding">
          {t('rights.yearOutstanding', { amount: formatDecimal(y.totals.outstanding) })}
        </Tag>
      )}
      {y.totals.notYetDue !== '0.00' && (
        <Tag color="gold" data-testid="rights-year-not-yet-due">
          {t('rights.yearNotYetDue', { amount: formatDecimal(y.totals.notYetDue) })}
        </Tag>
      )}
    </Flex>
  );
}

/** The table by year: one collapsible panel per year (the newest open), its months and totals. */
function YearTable({ years }: { years: RightsYear[] }) {
  const { t } = useI18n();
  const cols = useMemo(() => columns(t), [t]);
  const [scheme, setScheme] = useState<Scheme | 'all'>('all');
  if (years.length === 0) return <Empty description={t('rights.empty')} />;
  return (
    <Flex vertical gap={8}>
      <Segmented<Scheme | 'all'>
        value={scheme}
        onChange={setScheme}
        data-testid="rights-scheme-filter"
        options={[
          { value: 'all', label: t('rights.allSchemes') },
          ...SCHEMES.map((s) => ({ value: s, label: t(`rights.scheme.${s}`) })),
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {years.map((y, i) => (
        <div key={y.year} data-testid={`rights-year-${y.year}`}>
          <Collapse
            size="small"
            defaultActiveKey={i === 0 ? [String(y.year)] : []}
            items={[
              {
                key: String(y.year),
                label: yearLabel(t, y),
                children: (
                  <Table<RightsRow>
                    size="small"
                    rowKey={(r) => `${r.period}:${r.scheme}:${r.employerName ?? ''}`}
                    pagination={false}
                    dataSource={scheme === 'all' ? y.rows : y.rows.filter((r) => r.scheme === scheme)}
                    columns={cols}
                    scroll={{ x: 'max-content' }}
                  />
                ),
              },
            ]}
          />
        </div>
      ))}
    </Flex>
  );
}

/** Events of the same kind, month and length across schemes, shown as one line. */
interface EventGroup {
  key: string;
  kind: RightsEvent['kind'];
  when: string;
  months: number | null;
  schemes: RightsEvent['scheme'][];
}

function groupEvents(events: readonly RightsEvent[]): EventGroup[] {
  const groups = new Map<string, EventGroup>();
  for (const e of events) {
    const when = e.on ?? periodLabel(e.period);
    const key = `${e.kind}|${when}|${e.months ?? ''}`;
    const group = groups.get(key);
    if (group) group.schemes.push(e.scheme);
    else groups.set(key, { key, kind: e.kind, when, months: e.months, schemes: [e.scheme] });
  }
  return [...groups.values()];
}

function EventList({ events }: { events: RightsEvent[] }) {
  const { t } = useI18n();
  if (events.length === 0) return <Typography.Text type="secondary">{t('rights.noEvents')}</Typography.Text>;
  return (
    <Timeline
      data-testid="rights-events"
      items={groupEvents(events).map((g) => ({
        key: g.key,
        color: EVENT_COLOURS[g.kind],
        children: (
          <span data-event={g.kind}>
            <span className="mono">{g.when}</span>{' '}
            <Typography.Text strong>{t(`rights.event.${g.kind}`)}</Typography.Text>
            {g.months ? ` · ${t('rights.event.months', { n: g.months })}` : ''}
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {g.schemes.map((s) => t(`rights.scheme.${s}`)).join(t('rights.listSeparator'))}
            </Typography.Text>
          </span>
        ),
      }))}
    />
  );
}

/** A person's rights record: cumulative months per scheme, the timeline, the events and the table by year. */
export function RightsRecord({ view }: { view: RightsView }) {
  const { t } = useI18n();
  const option = useMemo(() => timelineOption(view, t), [view, t]);
  return (
    <Flex vertical gap={16} data-testid="rights-record">
      {view.truncated && <Alert type="warning" showIcon title={t('rights.truncated')} />}
      <Row gutter={[16, 16]}>
        {view.schemes.map((s) => (
          <Col key={s.scheme} xs={24} sm={12} xl={6}>
            <SchemeCard scheme={s} />
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card size="small" title={t('rights.timeline')}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('rights.timelineHint')}
            </Typography.Text>
            <EChart option={option ?? {}} empty={option === null} height={240} testId="rights-timeline" />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title={t('rights.events')} style={{ height: '100%' }}>
            <EventList events={view.events} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('rights.byYear')}>
        <YearTable years={view.years} />
      </Card>
    </Flex>
  );
}
