import { Card, Drawer, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { EChart } from '../../ui/charts/EChart.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { RegionTag } from './RegionTag.tsx';
import { useParameterHistory } from './policyApi.ts';
import { chartable, displayValue, stepOption } from './policyChart.ts';
import type { ParameterInForce, ParameterRow } from './policyTypes.ts';

interface Props {
  parameter: ParameterInForce | null;
  region: string;
  /** The day the page shows: the last step is drawn until then (or until today, if later). */
  on: string;
  onClose: () => void;
}

/** One key's history for a region: a step line of the value in force and every recorded row. */
export function PolicyHistoryDrawer({ parameter, region, on, onClose }: Props) {
  const { t } = useI18n();
  const local = useLocal();
  const history = useParameterHistory(parameter?.key ?? null, region);
  const steps = useMemo(() => history.data?.steps ?? [], [history.data]);
  const option = useMemo(
    () => stepOption(steps, on > (steps.at(-1)?.from ?? '') ? on : (steps.at(-1)?.from ?? on), local.name(parameter)),
    [steps, on, local, parameter],
  );
  const rows = useMemo(() => [...(history.data?.rows ?? [])].reverse(), [history.data]);
  return (
    <Drawer
      open={parameter !== null}
      onClose={onClose}
      width={760}
      title={parameter && t('policy.historyTitle', { name: local.name(parameter), region })}
      destroyOnHidden
    >
      <ErrorAlert error={history.error} />
      {parameter && chartable(parameter.kind) && (
        <Card size="small" title={t('policy.historyChart')} style={{ marginBottom: 16 }}>
          <EChart option={option} empty={steps.length === 0} height={240} testId="policy-history-chart" />
        </Card>
      )}
      <Typography.Title level={5}>{t('policy.historyRows')}</Typography.Title>
      <Table<ParameterRow>
        rowKey="id"
        size="small"
        loading={history.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={
          parameter?.kind === 'table'
            ? {
                expandedRowRender: (r) => (
                  <pre style={{ margin: 0 }}>{JSON.stringify(JSON.parse(r.value), null, 2)}</pre>
                ),
              }
            : undefined
        }
        columns={[
          { title: t('policy.col.validFrom'), dataIndex: 'validFrom' },
          {
            title: t('policy.col.source'),
            key: 'region',
            render: (_, r) => <RegionTag source={r.region} region={region} />,
          },
          {
            title: t('policy.col.value'),
            key: 'value',
            render: (_, r) =>
              r.kind === 'table' ? (
                <Typography.Text className="mono" ellipsis style={{ maxWidth: 200 }}>
                  {r.value}
                </Typography.Text>
              ) : (
                <span className="mono">{displayValue(r.kind, r.value)}</span>
              ),
          },
          {
            title: t('policy.col.revision'),
            key: 'revision',
            render: (_, r) => (
              <>
                {r.revision} {r.superseded && <Tag color="orange">{t('policy.superseded')}</Tag>}
              </>
            ),
          },
          {
            title: t('policy.col.basis'),
            dataIndex: 'basis',
            render: (v: string) => (
              <Typography.Text style={{ maxWidth: 260 }} ellipsis={{ tooltip: v }}>
                {v}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Drawer>
  );
}
