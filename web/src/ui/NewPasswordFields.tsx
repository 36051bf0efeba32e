import { Form, Input } from 'antd';
import { useI18n } from '../i18n/index.ts';
import { meetsPasswordShape } from './passwordPolicy.ts';

/** "New password" and "repeat it" for any form; the field name is `newPassword`. */
export function NewPasswordFields({
  name = 'newPassword',
  testIdPrefix = 'new-password',
  label,
}: {
  name?: string;
  testIdPrefix?: string;
  label?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name={name}
        label={label ?? t('password.new')}
        rules={[
          { required: true, message: t('form.required') },
          {
            validator: (_, value: string | undefined) =>
              !value || meetsPasswordShape(value)
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.tooWeak'))),
          },
        ]}
        hasFeedback
      >
        <Input.Password autoComplete="new-password" data-testid={testIdPrefix} />
      </Form.Item>
      <Form.Item
        name={`${name}Confirm`}
        label={t('password.confirm')}
        dependencies={[name]}
        hasFeedback
        rules={[
          { required: true, message: t('form.required') },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || getFieldValue(name) === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid={`${testIdPrefix}-confirm`} />
      </Form.Item>
    </>
  );
}
