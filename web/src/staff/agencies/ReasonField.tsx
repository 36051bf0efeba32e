import { Form, Input } from 'antd';
import { useI18n } from '../../i18n/index.ts';

/** Why the change is made; kept in the agency history and the audit log. */
export function ReasonField() {
  const { t } = useI18n();
  return (
    <Form.Item
      name="reason"
      label={t('agency.reason')}
      rules={[{ required: true, whitespace: true, message: t('agency.reasonRequired') }]}
    >
      <Input.TextArea rows={2} maxLength={500} showCount data-testid="agency-reason" />
    </Form.Item>
  );
}
