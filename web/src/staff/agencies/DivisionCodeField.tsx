import { Form, Input } from 'antd';
import { useI18n } from '../../i18n/index.ts';

/** GB/T 2260 division code (6 digits; 9 or 12 for township and community). A hint, not a block. */
export function DivisionCodeField({ required = true }: { required?: boolean }) {
  const { t } = useI18n();
  return (
    <Form.Item
      name="divisionCode"
      label={t('agency.divisionCode')}
      extra={t('agency.divisionCodeHint')}
      rules={[
        { required, message: t('form.required') },
        { warningOnly: true, pattern: /^\d{6}(\d{3}(\d{3})?)?$/, message: t('agency.divisionCodeLooksWrong') },
      ]}
    >
      <Input maxLength={12} className="mono" data-testid="agency-division-code" />
    </Form.Item>
  );
}
