import { Button, Form, Input, Select } from 'antd';
import type { CaseStatus, SlaState } from '../../api/deskTypes.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { usePublicCatalog } from '../../shared/catalog/catalogApi.ts';
import { DateRangeField } from '../../ui/DateRangeField.tsx';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect.tsx';
import type { CaseFilter } from './casesApi.ts';

export type CaseCriteria = Omit<CaseFilter, 'page' | 'pageSize' | 'mine'>;

interface Values {
  caseNumber?: string;
  identifier?: string;
  itemCode?: string;
  status?: CaseStatus;
  slaState?: SlaState;
  agencyId?: number | null;
  range?: [string, string] | null;
}

const statuses: CaseStatus[] = ['received', 'in_progress', 'waiting_materials', 'completed', 'refused', 'declined'];
const slaStates: SlaState[] = ['not_started', 'on_track', 'due_soon', 'overdue', 'paused', 'closed'];

const trimmed = (v: string | undefined) => v?.trim() || undefined;

/** The search form above the case list. */
export function CaseFilters({ value, onSearch }: { value: CaseCriteria; onSearch: (c: CaseCriteria) => void }) {
  const { t } = useI18n();
  const local = useLocal();
  const catalog = usePublicCatalog();
  const [form] = Form.useForm<Values>();
  const initial: Values = {
    ...value,
    range: value.receivedFrom && value.receivedTo ? [value.receivedFrom, value.receivedTo] : null,
  };
  return (
    <Form<Values>
      form={form}
      layout="inline"
      initialValues={initial}
      style={{ rowGap: 12, marginBottom: 16 }}
      onFinish={(v) =>
        onSearch({
          caseNumber: trimmed(v.caseNumber),
          identifier: trimmed(v.identifier)?.toUpperCase(),
          itemCode: v.itemCode,
          status: v.status,
          slaState: v.slaState,
          agencyId: v.agencyId ?? undefined,
          receivedFrom: v.range?.[0] || undefined,
          receivedTo: v.range?.[1] || undefined,
        })
      }
    >
      <Form.Item
        name="caseNumber"
        label={t('progress.caseNumber')}
        rules={[{ pattern: /^[0-9A-Za-z-]{2,32}-\d{8}-\d{5,9}$/, message: t('cases.fullNumber') }]}
      >
        <Input allowClear style={{ width: 200 }} className="mono" data-testid="cases-filter-number" />
      </Form.Item>
      <Form.Item name="identifier" label={t('progress.identifier')}>
        <Input allowClear style={{ width: 190 }} className="mono" data-testid="cases-filter-identifier" />
      </Form.Item>
      <Form.Item name="itemCode" label={t('progress.item')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 200 }}
          popupMatchSelectWidth={false}
          options={(catalog.data ?? []).map((c) => ({
            label: local.text(c.name),
            title: c.code,
            options: c.items.map((i) => ({ value: i.code, label: local.text(i.name) })),
          }))}
          data-testid="cases-filter-item"
        />
      </Form.Item>
      <Form.Item name="status" label={t('common.status')}>
        <Select
          allowClear
          style={{ width: 120 }}
          options={statuses.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))}
          data-testid="cases-filter-status"
        />
      </Form.Item>
      <Form.Item name="slaState" label={t('progress.promise')}>
        <Select
          allowClear
          style={{ width: 120 }}
          options={slaStates.map((s) => ({ value: s, label: t(`sla.${s}`) }))}
          data-testid="cases-filter-sla"
        />
      </Form.Item>
      <Form.Item name="agencyId" label={t('cases.agency')}>
        <AgencyTreeSelect
          allowClear
          placeholder={t('staff.allAgencies')}
          style={{ width: 240 }}
          testId="cases-filter-agency"
        />
      </Form.Item>
      <Form.Item name="range" label={t('progress.receivedAt')}>
        <DateRangeField testId="cases-filter-range" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" data-testid="cases-search">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.setFieldsValue({
              caseNumber: undefined,
              identifier: undefined,
              itemCode: undefined,
              status: undefined,
              slaState: undefined,
              agencyId: undefined,
              range: null,
            });
            onSearch({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
