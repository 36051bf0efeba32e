import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import { amountRule } from '../../../ui/amountRule.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { amountDecimal } from '../../../ui/money.ts';
import { useAccounts, useProposeCorrection } from '../ledgerApi.ts';
import type { ReplacementLine, Side } from '../ledgerTypes.ts';

interface Values {
  reason: string;
  lines?: { accountId: number; side: Side; amount: string; personId?: number | null }[];
}

/** 冲正: proposes to reverse an entry, with replacement lines when the entry is to be booked anew. */
export function CorrectionForm({ entryId, open, onClose }: { entryId: number; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const propose = useProposeCorrection(entryId);
  const accounts = useAccounts({});
  const options = (accounts.data?.items ?? []).map((a) => ({ value: a.id, label: `${a.code} ${a.nameZh}` }));
  const toVariables = (v: Values) => {
    const lines: ReplacementLine[] | undefined = v.lines?.length
      ? v.lines.map((l) => ({
          accountId: l.accountId,
          side: l.side,
          amount: amountDecimal(l.amount),
          ...(l.personId ? { personId: l.personId } : {}),
        }))
      : undefined;
    return { reason: v.reason.trim(), ...(lines ? { replacementLines: lines } : {}) };
  };
  const check = (v: Values) => (v.lines && v.lines.length === 1 ? t('ledger.correction.twoLines') : null);
  return (
    <FormModal<Values, ReturnType<typeof toVariables>>
      open={open}
      title={t('ledger.correction.title', { id: entryId })}
      mutation={propose}
      toVariables={toVariables}
      check={check}
      onClose={onClose}
      successText={t('ledger.correction.proposed')}
      okText={t('ledger.correction.submit')}
      testId="correction-form"
      width={760}
    >
      <Form.Item
        name="reason"
        label={t('ledger.correction.reason')}
        rules={[{ required: true, whitespace: true, max: 400 }]}
      >
        <Input.TextArea rows={3} maxLength={400} showCount data-testid="correction-reason" />
      </Form.Item>
      <Form.List name="lines">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item name={[field.name, 'accountId']} rules={[{ required: true, message: t('form.required') }]}>
                  <Select
                    showSearch
                    optionFilterProp="label"
                    options={options}
                    style={{ width: 300 }}
                    placeholder={t('ledger.account.code')}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'side']} initialValue="debit">
                  <Select
                    style={{ width: 90 }}
                    options={[
                      { value: 'debit', label: t('ledger.side.debit') },
                      { value: 'credit', label: t('ledger.side.credit') },
                    ]}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'amount']}
                  rules={[{ required: true, message: t('ledger.correction.amountHint') }, amountRule(t, 'positive')]}
                >
                  <Input style={{ width: 140 }} placeholder={t('ledger.entry.amount')} />
                </Form.Item>
                <Form.Item name={[field.name, 'personId']}>
                  <InputNumber
                    min={1}
                    precision={0}
                    style={{ width: 120 }}
                    placeholder={t('ledger.correction.personId')}
                  />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t('common.remove')} />
              </Space>
            ))}
            <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />} data-testid="correction-add-line">
              {t('ledger.correction.addLine')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
