import { Button, Flex, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { isYuan, normalizeYuan, sumYuan } from '../../../staff/collection/collectionFormat.ts';
import { Yuan } from '../../../staff/collection/shared/CollectionUi.tsx';

export interface DeclarableEmployee {
  personId: number;
  name: string;
  idMasked: string;
}

/** The wage of each employee for a month: every row must have a positive amount before it goes. */
export function DeclarationForm({
  employees,
  initial,
  submitting,
  onSubmit,
  testId = 'coll-declare-form',
}: {
  employees: DeclarableEmployee[];
  /** Wages to start from (the last declaration's), by person id. */
  initial?: ReadonlyMap<number, string>;
  submitting: boolean;
  onSubmit: (lines: Array<{ personId: number; wage: string }>) => void;
  testId?: string;
}) {
  const { t } = useI18n();
  const [wages, setWages] = useState<Record<number, string>>(() =>
    Object.fromEntries(employees.map((e) => [e.personId, initial?.get(e.personId) ?? ''])),
  );
  const [tried, setTried] = useState(false);
  const wageOf = (id: number) => wages[id] ?? initial?.get(id) ?? '';
  const bad = employees.filter((e) => !isYuan(wageOf(e.personId)) || Number(wageOf(e.personId)) <= 0);
  const total = sumYuan(employees.map((e) => (isYuan(wageOf(e.personId)) ? normalizeYuan(wageOf(e.personId)) : '0')));
  const submit = () => {
    setTried(true);
    if (bad.length > 0 || employees.length === 0) return;
    onSubmit(employees.map((e) => ({ personId: e.personId, wage: normalizeYuan(wageOf(e.personId)) })));
  };
  return (
    <div data-testid={testId}>
      <Table<DeclarableEmployee>
        rowKey="personId"
        size="small"
        pagination={false}
        dataSource={employees}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('hcoll.declare.noEmployees') }}
        columns={[
          { title: t('coll.line.person'), dataIndex: 'name' },
          {
            title: t('hcoll.declare.citizenId'),
            dataIndex: 'idMasked',
            render: (v: string) => <span className="mono">{v}</span>,
          },
          {
            title: t('hcoll.declare.wage'),
            key: 'wage',
            render: (_, e) => {
              const invalid = tried && bad.includes(e);
              return (
                <Input
                  value={wageOf(e.personId)}
                  onChange={(ev) => setWages((w) => ({ ...w, [e.personId]: ev.target.value.trim() }))}
                  inputMode="decimal"
                  prefix="¥"
                  status={invalid ? 'error' : undefined}
                  style={{ width: 180 }}
                  aria-label={t('hcoll.declare.wageOf', { name: e.name })}
                  data-testid={`coll-wage-${e.personId}`}
                />
              );
            },
          },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginTop: 12 }}>
        <Typography.Text>
          {t('hcoll.declare.total', { n: employees.length })} <Yuan value={total} />
        </Typography.Text>
        <Flex gap={12} align="center">
          {tried && bad.length > 0 && (
            <Typography.Text type="danger" data-testid="coll-declare-invalid">
              {t('hcoll.declare.invalid', { n: bad.length })}
            </Typography.Text>
          )}
          <Button type="primary" loading={submitting} onClick={submit} data-testid="coll-declare-submit">
            {t('hcoll.declare.submit')}
          </Button>
        </Flex>
      </Flex>
    </div>
  );
}
