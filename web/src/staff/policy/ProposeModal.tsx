import { Alert, Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { usePolicyKeys, useProposeChange } from './policyApi.ts';
import type { ChangeProposal, PolicyKey } from './policyTypes.ts';

interface Props {
  open: boolean;
  initialKey?: string | undefined;
  region: string;
  onClose: () => void;
}

/** The propose form: region, key, valid-from date, the new value, reason and basis. */
export function ProposeModal({ open, initialKey, region, onClose }: Props) {
  const { t } = useI18n();
  const local = useLocal();
  const keys = usePolicyKeys();
  const propose = useProposeChange();
  const options = useMemo(
    () => (keys.data ?? []).map((k) => ({ value: k.key, label: `${local.name(k)} · ${k.key}` })),
    [keys.data, local],
  );
  return (
    <FormModal<ChangeProposal>
      open={open}
      title={t('policy.proposeTitle')}
      mutation={propose}
      onClose={onClose}
      successText={t('policy.proposed')}
      initialValues={{ region, ...(initialKey ? { key: initialKey } : {}) }}
      testId="policy-propose-form"
      width={640}
    >
      <Alert type="info" showIcon title={t('policy.proposeHint')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="region"
        label={t('policy.region')}
        extra={t('policy.regionHint')}
        rules={[{ required: true, pattern: /^\d{6}$/, message: t('policy.regionInvalid') }]}
      >
        <Input maxLength={6} data-testid="propose-region" />
      </Form.Item>
      <Form.Item name="key" label={t('policy.field.key')} rules={[{ required: true }]}>
        <Select showSearch optionFilterProp="label" options={options} data-testid="propose-key" />
      </Form.Item>
      <Form.Item name="validFrom" label={t('policy.col.validFrom')} rules={[{ required: true }]}>
        <DateField testId="propose-valid-from" />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.key !== b.key}>
        {({ getFieldValue }) => (
          <ValueField policyKey={(keys.data ?? []).find((k) => k.key === getFieldValue('key'))} />
        )}
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('policy.field.reason')}
        rules={[{ required: true, whitespace: true, max: 1000 }]}
      >
        <Input.TextArea rows={2} maxLength={1000} data-testid="propose-reason" />
      </Form.Item>
      <Form.Item name="basis" label={t('policy.field.basis')} rules={[{ required: true, whitespace: true, max: 300 }]}>
        <Input maxLength={300} data-testid="propose-basis" />
      </Form.Item>
    </FormModal>
  );
}

/** The value input, shaped by the key's kind: a choice for text, a text area for tables. */
function ValueField({ policyKey }: { policyKey: PolicyKey | undefined }) {
  const { t } = useI18n();
  const kind = policyKey?.kind ?? 'rate';
  const hint =
    kind === 'text'
      ? t('policy.field.valueHint.text', { values: (policyKey?.allowedValues ?? []).join(', ') })
      : t(`policy.field.valueHint.${kind}`);
  return (
    <Form.Item name="value" label={t('policy.field.value')} extra={hint} rules={[{ required: true, whitespace: true }]}>
      {kind === 'text' ? (
        <Select
          options={(policyKey?.allowedValues ?? []).map((v) => ({ value: v, label: v }))}
          data-testid="propose-value"
        />
      ) : kind === 'table' ? (
        <Input.TextArea rows={6} maxLength={20_000} className="mono" data-testid="propose-value" />
      ) : (
        <Input maxLength={40} className="mono" data-testid="propose-value" />
      )}
    </Form.Item>
  );
}
