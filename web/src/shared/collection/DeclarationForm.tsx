import { Button, Flex, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { matchesMask } from './collectionFormat.ts';
import { amountProblemText } from '../../ui/amountRule.ts';
import { MoneyText } from '../../ui/MoneyText.tsx';
import { readAmount, sumDecimals } from '../../ui/money.ts';

export interface DeclarableEmployee {
  personId: number;
  name: string;
  idMasked: string;
}

interface Entry {
  citizenId: string;
  wage: string;
}

/**
 * The month's wage of each employee. Lists show citizen IDs masked, so each row also takes the
 * full ID (checked here against the mask, then by the server): every row must be complete before
 * the declaration goes.
 */
export function DeclarationForm({
  employees,
  submitting,
  onSubmit,
  testId = 'coll-declare-form',
}: {
  employees: DeclarableEmployee[];
  submitting: boolean;
  onSubmit: (lines: Array<{ citizenId: string; wage: string }>) => void;
  testId?: string;
}) {
  const { t } = useI18n();
  const [entries, setEntries] = useState<Record<number, Entry>>({});
  const [tried, setTried] = useState(false);
  const entryOf = (id: number): Entry => entries[id] ?? { citizenId: '', wage: '' };
  const set = (id: number, patch: Partial<Entry>) =>
    setEntries((all) => ({ ...all, [id]: { ...entryOf(id), ...patch } }));
  const badId = (e: DeclarableEmployee) => !matchesMask(entryOf(e.personId).citizenId, e.idMasked);
  // A wage is read by the kernel's money rules: an unreadable one is refused, never counted as 0.
  const wageOf = (e: DeclarableEmployee) => readAmount(entryOf(e.personId).wage, 'positive');
  const badWage = (e: DeclarableEmployee) => !wageOf(e).ok;
  const bad = employees.filter((e) => badId(e) || badWage(e));
  const total = sumDecimals(
    employees.map((e) => {
      const wage = wageOf(e);
      return wage.ok ? wage.decimal : null;
    }),
  );
  const submit = () => {
    setTried(true);
    if (bad.length > 0 || employees.length === 0) return;
    onSubmit(
      employees.flatMap((e) => {
        const wage = wageOf(e);
        return wage.ok ? [{ citizenId: entryOf(e.personId).citizenId.trim().toUpperCase(), wage: wage.decimal }] : [];
      }),
    );
  };
  /** Why a typed wage is refused, once there is something to refuse. */
  const wageProblem = (e: DeclarableEmployee) => {
    const wage = wageOf(e);
    return wage.ok || entryOf(e.personId).wage === '' ? null : amountProblemText(t, wage.problem);
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
            key: 'citizenId',
            render: (_, e) => (
              <Input
                value={entryOf(e.personId).citizenId}
                onChange={(ev) => set(e.personId, { citizenId: ev.target.value.trim() })}
                placeholder={e.idMasked}
                status={tried && badId(e) ? 'error' : undefined}
                maxLength={18}
                className="mono"
                style={{ width: 220 }}
                aria-label={t('hcoll.declare.citizenIdOf', { name: e.name })}
                data-testid={`coll-id-${e.personId}`}
              />
            ),
          },
          {
            title: t('hcoll.declare.wage'),
            key: 'wage',
            render: (_, e) => (
              <>
                <Input
                  value={entryOf(e.personId).wage}
                  onChange={(ev) => set(e.personId, { wage: ev.target.value.trim() })}
                  inputMode="decimal"
                  prefix="¥"
                  status={(tried && badWage(e)) || wageProblem(e) ? 'error' : undefined}
                  style={{ width: 180 }}
                  aria-label={t('hcoll.declare.wageOf', { name: e.name })}
                  data-testid={`coll-wage-${e.personId}`}
                />
                {wageProblem(e) && (
                  <Typography.Text
                    type="danger"
                    style={{ display: 'block', fontSize: 12, maxWidth: 220 }}
                    data-testid={`coll-wage-${e.personId}-problem`}
                  >
                    {wageProblem(e)}
                  </Typography.Text>
                )}
              </>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('hcoll.declare.idHint')}
      </Typography.Paragraph>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginTop: 12 }}>
        <Typography.Text>
          {t('hcoll.declare.total', { n: employees.length })} <MoneyText value={total} />
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
