import { Card, Col, Descriptions, Flex, InputNumber, Row, Segmented } from 'antd';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { EChart } from '../../../ui/charts/EChart.tsx';
import { DateField } from '../../../ui/DateField.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { todayIso } from '../../../ui/formatTime.ts';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { useFundFlows, useFundSummary } from '../ledgerApi.ts';
import { FUNDS, type Fund, type FundSummary } from '../ledgerTypes.ts';
import { Filters, fundLabel, RegionField, useHomeRegion } from '../shared.tsx';
import { flowChart } from './flowChart.ts';
import { MoneyText } from '../../../ui/MoneyText.tsx';

function FundCard({ summary }: { summary: FundSummary }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={fundLabel(t, summary.fund)} data-testid={`fund-card-${summary.fund}`}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('ledger.summary.pooled')}>
          <MoneyText value={summary.pooled} testId={`fund-${summary.fund}-pooled`} />
        </Descriptions.Item>
        <Descriptions.Item label={t('ledger.summary.individual')}>
          <MoneyText value={summary.individual} testId={`fund-${summary.fund}-individual`} />
        </Descriptions.Item>
        <Descriptions.Item label={t('ledger.summary.bank')}>
          <MoneyText value={summary.bank} />
        </Descriptions.Item>
        <Descriptions.Item label={t('ledger.summary.receivable')}>
          <MoneyText value={summary.employerReceivable} testId={`fund-${summary.fund}-receivable`} />
        </Descriptions.Item>
        <Descriptions.Item label={t('ledger.summary.personReceivable')}>
          <MoneyText value={summary.personReceivable} testId={`fund-${summary.fund}-person-receivable`} />
        </Descriptions.Item>
        <Descriptions.Item label={t('ledger.summary.accounts')}>{summary.accounts}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** `/staff/ledger`: per-fund balance cards as of a day and the year's fund flows by month. */
export default function LedgerOverviewPage() {
  const { t } = useI18n();
  const home = useHomeRegion();
  const [region, setRegion] = useState<string | undefined>(home);
  const [asOf, setAsOf] = useState<string>(todayIso());
  const [year, setYear] = useState<number>(Number(todayIso().slice(0, 4)));
  const [fund, setFund] = useState<Fund | 'all'>('all');
  const summary = useFundSummary({ region, asOf });
  const flows = useFundFlows({ region, year });
  const months = useMemo(() => flows.data?.months ?? [], [flows.data]);
  const option = useMemo(() => flowChart(months, fund === 'all' ? undefined : fund, t), [months, fund, t]);
  const empty = months.every((m) => m.contributions === '0.00' && m.interest === '0.00' && m.benefits === '0.00');
  return (
    <>
      <PageTitle title={t('ledger.overview.title')} description={t('ledger.overview.description')} />
      <Filters>
        <RegionField value={region} onChange={setRegion} />
        <span>{t('ledger.asOf')}</span>
        <div style={{ width: 160 }}>
          <DateField value={asOf} onChange={(v) => setAsOf(v ?? todayIso())} testId="ledger-asof" />
        </div>
      </Filters>
      <ErrorAlert error={summary.error ?? flows.error} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {(summary.data?.funds ?? []).map((s) => (
          <Col key={s.fund} xs={24} sm={12} xl={6}>
            <FundCard summary={s} />
          </Col>
        ))}
      </Row>
      <Card
        size="small"
        title={t('ledger.flow.title', { year })}
        extra={
          <Flex gap={12} align="center" wrap>
            <Segmented<Fund | 'all'>
              size="small"
              value={fund}
              onChange={setFund}
              options={[
                { value: 'all', label: t('ledger.fundAll') },
                ...FUNDS.map((f) => ({ value: f, label: fundLabel(t, f) })),
              ]}
            />
            <InputNumber
              size="small"
              min={1990}
              max={2100}
              value={year}
              onChange={(v) => v !== null && setYear(v)}
              aria-label={t('ledger.year')}
              data-testid="ledger-year"
            />
          </Flex>
        }
      >
        <EChart option={option} empty={empty} height={320} testId="ledger-flow-chart" />
      </Card>
    </>
  );
}
