import { Button, Form, Input, Select } from 'antd';
import type { AuditOutcome } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { DateRangeField } from '../../ui/DateRangeField.tsx';
import type { AuditFilter } from './auditApi.ts';

interface Values {
  range?: [string, string] | null;
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  outcome?: AuditOutcome;
}

type Criteria = Omit<AuditFilter, 'page' | 'pageSize'>;

const trimmed = (v: string | undefined) => v?.trim() || undefined;

function toCriteria(v: Values): Criteria {
  return {
    from: v.range?.[0] || undefined,
    to: v.range?.[1] || undefined,
    actor: trimmed(v.actor),
    action: trimmed(v.action),
    entity: trimmed(v.entity),
    entityId: trimmed(v.entityId),
    outcome: v.outcome,
  };
}

/** The search form above the audit table. */
export function AuditFilters({ onSearch }: { onSearch: (criteria: Criteria) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(v) => onSearch(toCriteria(v))}
      style={{ rowGap: 12, marginBottom: 16 }}
    >
      <Form.Item name="range" label={t('audit.dateRange')}>
        <DateRangeField testId="audit-filter-range" />
      </Form.Item>
      <Form.Item name="actor" label={t('audit.actor')}>
        <Input allowClear style={{ width: 140 }} data-testid="audit-filter-actor" />
      </Form.Item>
      <Form.Item name="action" label={t('audit.action')}>
        <Input allowClear style={{ width: 160 }} placeholder="agency.create" data-testid="audit-filter-action" />
      </Form.Item>
      <Form.Item name="entity" label={t('audit.entity')}>
        <Input allowClear style={{ width: 120 }} placeholder="agency" data-testid="audit-filter-entity" />
      </Form.Item>
      <Form.Item name="entityId" label={t('audit.entityId')}>
        <Input allowClear style={{ width: 100 }} data-testid="audit-filter-entity-id" />
      </Form.Item>
      <Form.Item name="outcome" label={t('audit.outcome')}>
        <Select
          allowClear
          style={{ width: 110 }}
          data-testid="audit-filter-outcome"
          options={(['success', 'denied', 'failed'] as const).map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
        />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" data-testid="audit-search">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onSearch({});
          }}
          data-testid="audit-reset"
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
