import { AutoComplete, Button, Card, Flex, Form, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useCan } from '../../api/session.ts';
import { useI18n, useLocal, type MessageKey } from '../../i18n/index.ts';
import { DateField } from '../../ui/DateField.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { todayIso } from '../../ui/formatTime.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { PolicyChanges } from './PolicyChanges.tsx';
import { PolicyHistoryDrawer } from './PolicyHistoryDrawer.tsx';
import { useParametersInForce } from './policyApi.ts';
import { displayValue } from './policyChart.ts';
import { ProposeModal } from './ProposeModal.tsx';
import { RegionTag } from './RegionTag.tsx';
import { POLICY_INSURANCES, type ParameterInForce } from './policyTypes.ts';

/** Regions offered in the picker; any other 6-digit code can be typed. */
const REGION_OPTIONS = [
  { value: '000000', zh: '全国', en: 'National' },
  { value: '330000', zh: '浙江省', en: 'Zhejiang' },
  { value: '330100', zh: '杭州市', en: 'Hangzhou' },
  { value: '330106', zh: '西湖区', en: 'Xihu district' },
];
const REGION_PATTERN = /^\d{6}$/;

/** `/staff/policy`: parameters in force for a region on a date, their history, proposed changes. */
export default function PolicyPage() {
  const { t, lang } = useI18n();
  const can = useCan();
  const regionOptions = useMemo(
    () => REGION_OPTIONS.map((o) => ({ value: o.value, label: `${o.value} ${lang === 'en' ? o.en : o.zh}` })),
    [lang],
  );
  const [region, setRegion] = useState('330106');
  const [on, setOn] = useState<string>(todayIso());
  const [history, setHistory] = useState<ParameterInForce | null>(null);
  const [proposing, setProposing] = useState<{ key?: string } | null>(null);
  const regionValid = REGION_PATTERN.test(region);
  return (
    <>
      <PageTitle
        title={t('policy.menu')}
        description={t('policy.description')}
        extra={
          can('policy.propose') && (
            <Button type="primary" onClick={() => setProposing({})} data-testid="policy-propose">
              {t('policy.propose')}
            </Button>
          )
        }
      />
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item
          label={t('policy.region')}
          validateStatus={regionValid ? undefined : 'error'}
          help={regionValid ? undefined : t('policy.regionInvalid')}
          tooltip={t('policy.regionHint')}
        >
          <AutoComplete
            value={region}
            options={regionOptions}
            onChange={(v: string) => setRegion(v.trim().slice(0, 6))}
            style={{ width: 240 }}
            data-testid="policy-region"
          />
        </Form.Item>
        <Form.Item label={t('policy.on')}>
          <DateField value={on} onChange={(v) => setOn(v ?? todayIso())} testId="policy-on" />
        </Form.Item>
      </Form>
      <Tabs
        items={[
          {
            key: 'inForce',
            label: t('policy.tab.inForce'),
            children: (
              <InForce
                region={region}
                on={on}
                enabled={regionValid}
                onHistory={setHistory}
                onPropose={can('policy.propose') ? (key) => setProposing({ key }) : null}
              />
            ),
          },
          { key: 'changes', label: t('policy.tab.changes'), children: <PolicyChanges /> },
        ]}
      />
      <PolicyHistoryDrawer parameter={history} region={region} on={on} onClose={() => setHistory(null)} />
      <ProposeModal
        open={proposing !== null}
        initialKey={proposing?.key}
        region={regionValid ? region : '000000'}
        onClose={() => setProposing(null)}
      />
    </>
  );
}

interface InForceProps {
  region: string;
  on: string;
  enabled: boolean;
  onHistory: (p: ParameterInForce) => void;
  onPropose: ((key: string) => void) | null;
}

/** Every parameter in force, one card per insurance. */
function InForce({ region, on, enabled, onHistory, onPropose }: InForceProps) {
  const { t } = useI18n();
  const local = useLocal();
  const query = useParametersInForce(region, on, enabled);
  const groups = useMemo(
    () =>
      POLICY_INSURANCES.map((insurance) => ({
        insurance,
        rows: (query.data?.parameters ?? []).filter((p) => p.insurance === insurance),
      })).filter((g) => g.rows.length > 0),
    [query.data],
  );
  return (
    <>
      <ErrorAlert error={query.error} />
      {groups.map((group) => (
        <Card
          key={group.insurance}
          size="small"
          title={t(`policy.group.${group.insurance}` as MessageKey)}
          style={{ marginBottom: 16 }}
          data-testid={`policy-group-${group.insurance}`}
        >
          <Table<ParameterInForce>
            rowKey="key"
            size="small"
            loading={query.isFetching}
            dataSource={group.rows}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={(p) => ({ 'data-testid': `policy-row-${p.key}` }) as HTMLAttributes<HTMLElement>}
            columns={[
              {
                title: t('policy.col.name'),
                key: 'name',
                render: (_, p) => (
                  <Flex vertical>
                    <span>
                      {local.name(p)}{' '}
                      {p.local && (
                        <Tooltip title={t('policy.localHint')}>
                          <Tag>{t('policy.local')}</Tag>
                        </Tooltip>
                      )}
                    </span>
                    <Typography.Text type="secondary" className="mono" style={{ fontSize: 12 }}>
                      {p.key}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('policy.col.value'),
                key: 'value',
                render: (_, p) => <ValueText parameter={p} onShow={() => onHistory(p)} />,
              },
              { title: t('policy.col.unit'), dataIndex: 'unit' },
              {
                title: t('policy.col.source'),
                key: 'source',
                render: (_, p) => <RegionTag source={p.region} region={region} />,
              },
              { title: t('policy.col.validFrom'), dataIndex: 'validFrom', render: (v: string | null) => v ?? '—' },
              {
                title: t('policy.col.basis'),
                dataIndex: 'basis',
                render: (v: string | null) => (
                  <Typography.Text style={{ maxWidth: 320 }} ellipsis={{ tooltip: v }}>
                    {v ?? '—'}
                  </Typography.Text>
                ),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, p) => (
                  <Flex gap={4}>
                    <Button size="small" onClick={() => onHistory(p)} data-testid={`policy-history-${p.key}`}>
                      {t('policy.history')}
                    </Button>
                    {onPropose && (
                      <Tooltip title={t('policy.proposeFor')}>
                        <Button size="small" onClick={() => onPropose(p.key)} data-testid={`policy-edit-${p.key}`}>
                          {t('common.edit')}
                        </Button>
                      </Tooltip>
                    )}
                  </Flex>
                ),
              },
            ]}
          />
        </Card>
      ))}
    </>
  );
}

function ValueText({ parameter, onShow }: { parameter: ParameterInForce; onShow: () => void }) {
  const { t } = useI18n();
  if (parameter.value === null) return <Typography.Text type="secondary">{t('policy.none')}</Typography.Text>;
  if (parameter.kind === 'table')
    return (
      <Button size="small" type="link" onClick={onShow} style={{ padding: 0 }}>
        {t('policy.showTable')}
      </Button>
    );
  return (
    <span className="mono" data-testid={`policy-value-${parameter.key}`}>
      {displayValue(parameter.kind, parameter.value)}
    </span>
  );
}
