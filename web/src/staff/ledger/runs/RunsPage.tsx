import { Button, Card, Form, Input, InputNumber, Progress, Select, Table } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useCan } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { thisChinaYear } from '../../../ui/formatTime.ts';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { useInterestRuns, useStartInterestRun, useStartStatementRun, useStatementRuns } from '../ledgerApi.ts';
import type { InterestRun, RunStatus, StatementRun } from '../ledgerTypes.ts';
import { fundLabel, useHomeRegion } from '../shared.tsx';
import { nextInterestYear } from './nextInterestYear.ts';
import { MoneyText } from '../../../ui/MoneyText.tsx';
import { StatusTag } from '../../../ui/StatusTag.tsx';

function percent(done: number, total: number): number {
  return total === 0 ? 0 : Math.floor((done * 100) / total);
}

function RunProgress({ status, done, total }: { status: RunStatus; done: number; total: number }) {
  const look = status === 'failed' ? 'exception' : status === 'completed' ? 'success' : 'active';
  return (
    <div style={{ minWidth: 200 }}>
      <Progress percent={percent(done, total)} status={look} size="small" />
      <span style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="run-progress">
        {done} / {total}
      </span>
    </div>
  );
}

interface StartValues {
  year: number;
  region: string;
  fund?: 'pension' | 'medical';
}

function StartForm({ kind, open, onClose }: { kind: 'interest' | 'statement'; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const home = useHomeRegion();
  const interest = useStartInterestRun();
  const statement = useStartStatementRun();
  const interestRuns = useInterestRuns();
  const interestYear = nextInterestYear(interestRuns.data?.items ?? [], home ?? '', 'pension', thisChinaYear());
  const regionRule = { required: true, pattern: /^\d{6}$/, message: t('ledger.regionHint') };
  const common = (
    <>
      <Form.Item name="year" label={t('ledger.year')} rules={[{ required: true }]}>
        <InputNumber min={1990} max={2100} precision={0} style={{ width: '100%' }} data-testid="run-year" />
      </Form.Item>
      <Form.Item name="region" label={t('ledger.region')} rules={[regionRule]}>
        <Input maxLength={6} data-testid="run-region" />
      </Form.Item>
    </>
  );
  if (kind === 'interest')
    return (
      <FormModal<StartValues, { year: number; region: string; fund: 'pension' | 'medical' }>
        open={open}
        title={t('ledger.runs.startInterest')}
        mutation={interest}
        toVariables={(v) => ({ year: v.year, region: v.region, fund: v.fund ?? 'pension' })}
        onClose={onClose}
        successText={t('ledger.runs.started')}
        initialValues={{ year: interestYear, region: home, fund: 'pension' }}
        testId="interest-start"
      >
        {common}
        <Form.Item name="fund" label={t('ledger.fund')} rules={[{ required: true }]}>
          <Select
            options={(['pension', 'medical'] as const).map((f) => ({ value: f, label: fundLabel(t, f) }))}
            data-testid="run-fund"
          />
        </Form.Item>
      </FormModal>
    );
  return (
    <FormModal<StartValues, { year: number; region: string }>
      open={open}
      title={t('ledger.runs.startStatements')}
      mutation={statement}
      toVariables={(v) => ({ year: v.year, region: v.region })}
      onClose={onClose}
      successText={t('ledger.runs.started')}
      initialValues={{ year: thisChinaYear() - 1, region: home }}
      testId="statement-start"
    >
      {common}
    </FormModal>
  );
}

function InterestRuns({ onStart }: { onStart: (() => void) | null }) {
  const { t } = useI18n();
  const runs = useInterestRuns();
  return (
    <Card
      size="small"
      title={t('ledger.runs.interest')}
      style={{ marginBottom: 16 }}
      extra={
        onStart && (
          <Button onClick={onStart} data-testid="interest-start-open">
            {t('ledger.runs.start')}
          </Button>
        )
      }
    >
      <ErrorAlert error={runs.error} />
      <Table<InterestRun>
        rowKey="id"
        size="small"
        loading={runs.isLoading}
        dataSource={runs.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 10 }}
        onRow={(r) =>
          ({ 'data-testid': `interest-run-${r.year}-${r.region}-${r.fund}` }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: t('ledger.year'), dataIndex: 'year' },
          { title: t('ledger.region'), dataIndex: 'region' },
          { title: t('ledger.fund'), dataIndex: 'fund', render: (f: InterestRun['fund']) => fundLabel(t, f) },
          {
            title: t('ledger.runs.method'),
            dataIndex: 'method',
            render: (m: InterestRun['method']) => t(`ledger.method.${m}`),
          },
          { title: t('ledger.runs.rate'), dataIndex: 'rate', render: (r: string) => <span className="mono">{r}</span> },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: RunStatus) => <StatusTag family="ledgerRun" status={s} />,
          },
          {
            title: t('ledger.runs.progress'),
            key: 'progress',
            render: (_, r) => <RunProgress status={r.status} done={r.accountsDone} total={r.accountsTotal} />,
          },
          {
            title: t('ledger.flow.interest'),
            dataIndex: 'interest',
            align: 'right',
            render: (v: string) => <MoneyText value={v} testId="interest-run-interest" />,
          },
          {
            title: t('ledger.reconcile.startedAt'),
            dataIndex: 'startedAt',
            render: (v: string) => <DateText value={v} instant />,
          },
          { title: t('ledger.runs.error'), dataIndex: 'error', render: (v: string | null) => v ?? '' },
        ]}
      />
    </Card>
  );
}

function StatementRuns({ onStart }: { onStart: (() => void) | null }) {
  const { t } = useI18n();
  const runs = useStatementRuns();
  return (
    <Card
      size="small"
      title={t('ledger.runs.statements')}
      extra={
        onStart && (
          <Button onClick={onStart} data-testid="statement-start-open">
            {t('ledger.runs.start')}
          </Button>
        )
      }
    >
      <ErrorAlert error={runs.error} />
      <Table<StatementRun>
        rowKey="id"
        size="small"
        loading={runs.isLoading}
        dataSource={runs.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 10 }}
        columns={[
          { title: t('ledger.year'), dataIndex: 'year' },
          { title: t('ledger.region'), dataIndex: 'region' },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: RunStatus) => <StatusTag family="ledgerRun" status={s} />,
          },
          {
            title: t('ledger.runs.progress'),
            key: 'progress',
            render: (_, r) => <RunProgress status={r.status} done={r.personsDone} total={r.personsTotal} />,
          },
          {
            title: t('ledger.reconcile.startedAt'),
            dataIndex: 'startedAt',
            render: (v: string) => <DateText value={v} instant />,
          },
          {
            title: t('ledger.reconcile.finishedAt'),
            dataIndex: 'finishedAt',
            render: (v: string | null) => <DateText value={v} instant />,
          },
          { title: t('ledger.runs.error'), dataIndex: 'error', render: (v: string | null) => v ?? '' },
        ]}
      />
    </Card>
  );
}

/** `/staff/ledger/runs`: year-end interest runs and bulk statement runs, polled while one is running. */
export default function RunsPage() {
  const { t } = useI18n();
  const can = useCan();
  const [starting, setStarting] = useState<'interest' | 'statement' | null>(null);
  const startable = can('ledger.post');
  return (
    <>
      <PageTitle title={t('ledger.menu.runs')} description={t('ledger.runs.description')} />
      <InterestRuns onStart={startable ? () => setStarting('interest') : null} />
      <StatementRuns onStart={startable ? () => setStarting('statement') : null} />
      <StartForm kind="interest" open={starting === 'interest'} onClose={() => setStarting(null)} />
      <StartForm kind="statement" open={starting === 'statement'} onClose={() => setStarting(null)} />
    </>
  );
}
