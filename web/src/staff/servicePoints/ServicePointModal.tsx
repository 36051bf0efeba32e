import { Form, Input } from 'antd';
import type { Agency, ServicePoint } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { AgencyTreeSelect } from '../agencies/AgencyTreeSelect.tsx';
import { OpeningHoursInput } from './OpeningHoursInput.tsx';
import { useCreateServicePoint, useEditServicePoint, type ServicePointFields } from './servicePointApi.ts';

type Values = ServicePointFields & { agencyId: number };

const weekdays = [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }];
const closedAgency = (a: Agency) => a.status !== 'active';

/** The editable fields; an empty phone is left out rather than sent as "". */
function fieldsOf(v: Values): ServicePointFields {
  const phone = v.phone?.trim();
  return { name: v.name, address: v.address, openingHours: v.openingHours, ...(phone ? { phone } : {}) };
}

function Fields({ creating }: { creating: boolean }) {
  const { t } = useI18n();
  return (
    <>
      {creating && (
        <Form.Item name="agencyId" label={t('staff.agency')} rules={[{ required: true, message: t('form.required') }]}>
          <AgencyTreeSelect disable={closedAgency} testId="service-point-agency" />
        </Form.Item>
      )}
      <Form.Item
        name="name"
        label={t('servicePoint.name')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input maxLength={100} data-testid="service-point-name" />
      </Form.Item>
      <Form.Item
        name="address"
        label={t('servicePoint.address')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input maxLength={200} data-testid="service-point-address" />
      </Form.Item>
      <Form.Item name="phone" label={t('servicePoint.phone')}>
        <Input maxLength={30} data-testid="service-point-phone" />
      </Form.Item>
      <OpeningHoursInput />
    </>
  );
}

/** Creates a hall (no `point`) or edits one. */
export function ServicePointModal({
  open,
  point,
  agencyId,
  onClose,
}: {
  open: boolean;
  point: ServicePoint | null;
  agencyId: number | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const create = useCreateServicePoint();
  const edit = useEditServicePoint(point);
  if (point) {
    return (
      <FormModal<Values, ServicePointFields>
        open={open}
        title={t('servicePoint.editTitle', { name: point.name })}
        mutation={edit}
        toVariables={fieldsOf}
        onClose={onClose}
        successText={t('common.saved')}
        testId="service-point-modal"
        width={840}
        initialValues={{
          name: point.name,
          address: point.address,
          phone: point.phone ?? undefined,
          openingHours: point.openingHours,
        }}
      >
        <Fields creating={false} />
      </FormModal>
    );
  }
  return (
    <FormModal<Values>
      open={open}
      title={t('servicePoint.createTitle')}
      mutation={create}
      toVariables={(v) => ({ ...fieldsOf(v), agencyId: v.agencyId })}
      onClose={onClose}
      successText={t('servicePoint.created')}
      testId="service-point-modal"
      width={840}
      initialValues={{ agencyId: agencyId ?? undefined, openingHours: weekdays }}
    >
      <Fields creating />
    </FormModal>
  );
}
