import { Button, Card, Col, Flex, Input, Row, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { DeclarationForm } from '../../../shared/collection/DeclarationForm.tsx';
import { DeclarationsTable } from '../../../shared/collection/DeclarationsTable.tsx';
import { DeclaredResult } from '../../../shared/collection/DeclaredResult.tsx';
import { useEmployees } from '../../registration/registrationApi.ts';
import { useDeclarations, useWindowDeclare } from '../../../shared/collection/collectionApi.ts';
import { amountProblemText } from '../../../ui/amountRule.ts';
import { readAmount } from '../../../ui/money.ts';
import type { DeclarationReceipt, Payer } from '../../../shared/collection/collectionTypes.ts';
import { RefusalView } from '../../../shared/collection/CollectionUi.tsx';
import { PayerPicker } from '../shared/PayerPicker.tsx';
import { currentPeriod, periodLabel, recentPeriods } from '../../../ui/periods.ts';

function EmployerForm({
  employerId,
  period,
  onDone,
}: {
  employerId: number;
  period: string;
  onDone: (d: DeclarationReceipt) => void;
}) {
  const employees = useEmployees(employerId, { status: 'active', page: 1, pageSize: 100 });
  const declare = useWindowDeclare();
  const list = (employees.data?.items ?? []).map((e) => ({ personId: e.personId, name: e.name, idMasked: e.idMasked }));
  return (
    <>
      <ErrorAlert error={employees.error} />
      {employees.data && (
        <DeclarationForm
          key={`${employerId}:${period}`}
          employees={list}
          submitting={declare.isPending}
          onSubmit={(lines) => declare.mutate({ employerId, period, lines }, { onSuccess: onDone })}
        />
      )}
      <div style={{ marginTop: 12 }}>
        <RefusalView error={declare.error} />
      </div>
    </>
  );
}

function FlexibleForm({
  personId,
  period,
  onDone,
}: {
  personId: number;
  period: string;
  onDone: (d: DeclarationReceipt) => void;
}) {
  const { t } = useI18n();
  const declare = useWindowDeclare();
  const [base, setBase] = useState('');
  const reading = readAmount(base, 'positive');
  const problem = reading.ok || base === '' ? null : amountProblemText(t, reading.problem);
  return (
    <>
      <Flex gap={12} align="center">
        <Typography.Text>{t('hcoll.flex.base')}</Typography.Text>
        <Input
          prefix="¥"
          value={base}
          onChange={(e) => setBase(e.target.value.trim())}
          status={problem ? 'error' : undefined}
          style={{ width: 200 }}
          data-testid="coll-window-base"
        />
        <Button
          type="primary"
          disabled={!reading.ok}
          loading={declare.isPending}
          onClick={() =>
            reading.ok && declare.mutate({ personId, period, base: reading.decimal }, { onSuccess: onDone })
          }
          data-testid="coll-window-flex-submit"
        >
          {t('hcoll.declare.submit')}
        </Button>
      </Flex>
      {problem && (
        <Typography.Text type="danger" data-testid="coll-window-base-problem">
          {problem}
        </Typography.Text>
      )}
      <div style={{ marginTop: 12 }}>
        <RefusalView error={declare.error} />
      </div>
    </>
  );
}

/** `/staff/collection/declarations`: 窗口申报 for an employer (or a flexible worker) and its past declarations. */
export default function WindowDeclarePage() {
  const { t } = useI18n();
  const [payer, setPayer] = useState<Payer | null>(null);
  const periods = useMemo(() => recentPeriods(currentPeriod(), 3), []);
  const [period, setPeriod] = useState(periods[0]!);
  const [result, setResult] = useState<DeclarationReceipt | null>(null);
  const declarations = useDeclarations({ payer });
  return (
    <>
      <PageTitle title={t('coll.menu.declare')} description={t('coll.home.declare')} />
      <Row gutter={[24, 24]}>
        <Col xs={24}>
          <Card>
            <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
              <PayerPicker
                value={payer}
                onChange={(p) => {
                  setPayer(p);
                  setResult(null);
                }}
                testId="coll-window-payer"
              />
              <Select
                value={period}
                onChange={setPeriod}
                style={{ width: 140 }}
                options={periods.map((p) => ({ value: p, label: periodLabel(p) }))}
                data-testid="coll-window-period"
              />
            </Flex>
            {!payer ? (
              <Typography.Text type="secondary">{t('coll.pickPayer')}</Typography.Text>
            ) : payer.kind === 'employer' ? (
              <EmployerForm employerId={payer.employerId} period={period} onDone={setResult} />
            ) : (
              <FlexibleForm personId={payer.personId} period={period} onDone={setResult} />
            )}
            {result && (
              <div style={{ marginTop: 12 }}>
                <DeclaredResult result={result} billsHref="/staff/collection/bills" />
              </div>
            )}
          </Card>
        </Col>
        {payer && (
          <Col xs={24}>
            <Card title={t('hcoll.declare.history')}>
              <ErrorAlert error={declarations.error} />
              <DeclarationsTable declarations={declarations.data ?? []} loading={declarations.isFetching} />
            </Card>
          </Col>
        )}
      </Row>
    </>
  );
}
