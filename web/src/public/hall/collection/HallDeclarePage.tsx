import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { PublicKind } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageSpinner } from '../../../ui/PageSpinner.tsx';
import { declarationTemplateCsv } from '../../../shared/collection/collectionFormat.ts';
import { amountRule } from '../../../ui/amountRule.ts';
import { amountDecimal } from '../../../ui/money.ts';
import type { DeclarationReceipt } from '../../../shared/collection/collectionTypes.ts';
import { RefusalView } from '../../../shared/collection/CollectionUi.tsx';
import { SpreadsheetUpload } from '../../../ui/SpreadsheetUpload.tsx';
import { useEmployees } from '../registration/hallRegistrationApi.ts';
import { DeclarationForm } from '../../../shared/collection/DeclarationForm.tsx';
import { DeclarationsTable } from '../../../shared/collection/DeclarationsTable.tsx';
import { DeclaredResult } from '../../../shared/collection/DeclaredResult.tsx';
import { useQueryClient } from '@tanstack/react-query';
import {
  hallCollectionKey,
  hallDeclarationUploadPath,
  useHallDeclarations,
  useHallDeclare,
} from './hallCollectionApi.ts';
import { currentPeriod, type Period, periodLabel, recentPeriods } from '../../../ui/periods.ts';

function PeriodPicker({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  const { t } = useI18n();
  const options = useMemo(() => recentPeriods(currentPeriod(), 3), []);
  return (
    <Flex align="center" gap={8}>
      <Typography.Text strong>{t('hcoll.declare.period')}</Typography.Text>
      <Select<Period>
        value={value}
        onChange={onChange}
        style={{ width: 140 }}
        options={options.map((p) => ({ value: p, label: periodLabel(p) }))}
        data-testid="coll-declare-period"
      />
    </Flex>
  );
}

/** The employer's 缴费申报: per-employee form, spreadsheet upload, and past declarations. */
function EmployerDeclare() {
  const { t } = useI18n();
  const downloadTemplate = (list: Array<{ name: string }>) => {
    const text = declarationTemplateCsv(
      { citizenId: t('hcoll.template.citizenId'), name: t('hcoll.template.name'), wage: t('hcoll.template.wage') },
      list,
    );
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${t('hcoll.template.file')}-${period}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };
  const client = useQueryClient();
  const [period, setPeriod] = useState(() => currentPeriod());
  const employees = useEmployees('active', 1, 100);
  const declarations = useHallDeclarations('employer');
  const declare = useHallDeclare();
  const [result, setResult] = useState<DeclarationReceipt | null>(null);
  if (employees.isPending) return <PageSpinner />;
  const list = (employees.data?.items ?? []).map((e) => ({ personId: e.personId, name: e.name, idMasked: e.idMasked }));
  return (
    <Row gutter={[24, 24]}>
      <Col xs={24}>
        <Alert type="info" showIcon title={t('hcoll.declare.intro')} />
      </Col>
      <Col xs={24} xl={14}>
        <Card title={t('hcoll.declare.formTitle')} extra={<PeriodPicker value={period} onChange={setPeriod} />}>
          <ErrorAlert error={employees.error} />
          <DeclarationForm
            key={period}
            employees={list}
            submitting={declare.isPending}
            onSubmit={(lines) =>
              declare.mutate({ period, lines }, { onSuccess: (d) => setResult(d), onError: () => setResult(null) })
            }
          />
          <div style={{ marginTop: 12 }}>
            {declare.error ? <RefusalView error={declare.error} /> : null}
            {result && <DeclaredResult result={result} billsHref="/hall/collection/bills" />}
          </div>
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('hcoll.declare.uploadTitle')} extra={<PeriodPicker value={period} onChange={setPeriod} />}>
          <Typography.Paragraph type="secondary">{t('hcoll.declare.uploadIntro')}</Typography.Paragraph>
          <Flex gap={16} wrap style={{ marginBottom: 12 }}>
            <a onClick={() => downloadTemplate(list)} data-testid="coll-template-csv">
              <DownloadOutlined /> {t('hcoll.declare.templateCsv')}
            </a>
          </Flex>
          <SpreadsheetUpload<DeclarationReceipt>
            path={hallDeclarationUploadPath}
            query={{ period }}
            testId="coll-declare-upload"
            renderError={(error) => <RefusalView error={error} />}
            onDone={() => void client.invalidateQueries({ queryKey: hallCollectionKey })}
            render={(d) => <DeclaredResult result={d} billsHref="/hall/collection/bills" />}
          />
        </Card>
      </Col>
      <Col xs={24}>
        <Card title={t('hcoll.declare.history')}>
          <ErrorAlert error={declarations.error} />
          <DeclarationsTable declarations={declarations.data ?? []} loading={declarations.isFetching} />
        </Card>
      </Col>
    </Row>
  );
}

/** A flexible worker's own base for a month, chosen within the floor and ceiling. */
function FlexibleDeclare() {
  const { t } = useI18n();
  const [period, setPeriod] = useState(() => currentPeriod());
  const declarations = useHallDeclarations('person');
  const declare = useHallDeclare();
  const [result, setResult] = useState<DeclarationReceipt | null>(null);
  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} xl={12}>
        <Card title={t('hcoll.flex.title')} extra={<PeriodPicker value={period} onChange={setPeriod} />}>
          <Typography.Paragraph type="secondary">{t('hcoll.flex.intro')}</Typography.Paragraph>
          <Form<{ base: string }>
            layout="vertical"
            onFinish={(v) =>
              declare.mutate(
                { period, base: amountDecimal(v.base) },
                { onSuccess: (d) => setResult(d), onError: () => setResult(null) },
              )
            }
          >
            <Form.Item
              name="base"
              label={t('hcoll.flex.base')}
              rules={[{ required: true, message: t('form.required') }, amountRule(t, 'positive')]}
            >
              <Input prefix="¥" inputMode="decimal" style={{ width: 220 }} data-testid="coll-flex-base" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={declare.isPending} data-testid="coll-flex-submit">
              {t('hcoll.declare.submit')}
            </Button>
          </Form>
          <div style={{ marginTop: 12 }}>
            {declare.error ? <RefusalView error={declare.error} /> : null}
            {result && <DeclaredResult result={result} billsHref="/hall/collection/bills" />}
          </div>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('hcoll.declare.history')}>
          <ErrorAlert error={declarations.error} />
          <DeclarationsTable declarations={declarations.data ?? []} loading={declarations.isFetching} />
        </Card>
      </Col>
    </Row>
  );
}

export function HallDeclarePage({ kind }: { kind: PublicKind }) {
  return kind === 'employer' ? <EmployerDeclare /> : <FlexibleDeclare />;
}
