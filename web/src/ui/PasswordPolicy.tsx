import { Alert } from 'antd';
import { useI18n } from '../i18n/index.ts';

/** The policy in words, shown wherever a new password is chosen. */
export function PasswordPolicy() {
  const { t } = useI18n();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="password-policy"
      title={t('password.policyTitle')}
      description={t('password.policy')}
      style={{ marginBottom: 16 }}
    />
  );
}
