import { Form, Input } from 'antd';
import type { Agency, Staff } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect.tsx';
import { useEditStaff } from './staffApi.ts';

const closedAgency = (a: Agency) => a.status !== 'active';

/** Name and agency of a member of staff. */
export function StaffEditModal({ staff, onClose }: { staff: Staff | null; onClose: () => void }) {
  const { t } = useI18n();
  const edit = useEditStaff(staff);
  return (
    <FormModal<{ displayName: string; agencyId: number }>
      open={staff !== null}
      title={t('staff.editTitle', { name: staff?.displayName ?? '' })}
      mutation={edit}
      onClose={onClose}
      successText={t('common.saved')}
      testId="staff-edit-modal"
      initialValues={{ displayName: staff?.displayName, agencyId: staff?.agencyId }}
    >
      <Form.Item
        name="displayName"
        label={t('staff.displayName')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input maxLength={100} data-testid="staff-display-name" />
      </Form.Item>
      <Form.Item name="agencyId" label={t('staff.agency')} rules={[{ required: true, message: t('form.required') }]}>
        <AgencyTreeSelect disable={closedAgency} testId="staff-agency" />
      </Form.Item>
    </FormModal>
  );
}
