import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import type { PublicKind } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageSpinner } from '../../../ui/PageSpinner.tsx';
import { StatementView } from '../../../shared/collection/StatementView.tsx';
import { useHallStatement, useHallStatementPeriods } from './hallCollectionApi.ts';
import { periodLabel } from '../../../ui/periods.ts';

/** 对账单: the payer's statement of one period, computed by the server; newest period first. */
export function HallStatementPage({ kind }: { kind: PublicKind }) {
  const { t } = useI18n();
  const periods = useHallStatementPeriods(kind);
  const [chosen, setChosen] = useState<string | null>(null);
  const period = chosen ?? periods.data?.[0] ?? null;
  const statement = useHallStatement(kind, period);
  if (periods.isPending) return <PageSpinner />;
  return (
    <Card
      title={t('hcoll.statement.title')}
      data-testid="coll-statement"
      extra={
        <Flex gap={8} align="center">
          <Select
            value={period ?? undefined}
            onChange={setChosen}
            style={{ width: 140 }}
            options={(periods.data ?? []).map((p) => ({ value: p, label: periodLabel(p) }))}
            data-testid="coll-statement-period"
          />
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('hcoll.statement.print')}
          </Button>
        </Flex>
      }
    >
      <ErrorAlert error={periods.error ?? statement.error} />
      {period === null ? (
        <Empty description={t('hcoll.statement.none')} />
      ) : statement.isPending ? (
        <PageSpinner />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Paragraph type="secondary">{t('hcoll.statement.intro')}</Typography.Paragraph>
          <StatementView statement={statement.data} />
        </Flex>
      )}
    </Card>
  );
}
