import { Alert } from 'antd';
import type { Staff } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { NewPasswordFields } from '../../ui/NewPasswordFields.tsx';
import { useResetStaffPassword } from './staffApi.ts';

/** Sets a temporary password; the user must change it at the next login. */
export function ResetPasswordModal({ staff, onClose }: { staff: Staff | null; onClose: () => void }) {
  const { t } = useI18n();
  const reset = useResetStaffPassword(staff);
  return (
    <FormModal<{ newPassword: string }, { password: string }>
      open={staff !== null}
      title={t('staff.resetPasswordTitle', { name: staff?.displayName ?? '' })}
      mutation={reset}
      toVariables={(v) => ({ password: v.newPassword })}
      onClose={onClose}
      successText={t('staff.passwordReset')}
      testId="staff-reset-password-modal"
    >
      <Alert type="info" showIcon title={t('staff.resetPasswordHint')} style={{ marginBottom: 16 }} />
      <NewPasswordFields testIdPrefix="staff-password" label={t('staff.temporaryPassword')} />
    </FormModal>
  );
}
