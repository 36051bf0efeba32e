import { Alert, Checkbox, Form, Input } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import { looksLikeCitizenId, looksLikeMobile } from '../../../shared/identifierFormat.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { labelOf } from '../../../ui/labels.ts';
import { deriveFromCitizenId } from './citizenId.ts';
import { useHire } from './hallRegistrationApi.ts';
import { schemeName } from './labels.tsx';
import { SCHEMES, type HireBody, type Scheme } from './types.ts';

interface Values {
  citizenId: string;
  name: string;
  phone?: string;
  hiredOn: string;
  schemes: Scheme[];
}

/** Hire (增员) form: the citizen ID's gender and birth date are shown as read from the number. */
export function HireModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const hire = useHire();
  const toBody = (v: Values): HireBody => {
    const citizenId = v.citizenId.trim().toUpperCase();
    const derived = deriveFromCitizenId(citizenId);
    return {
      citizenId,
      name: v.name.trim(),
      ...(derived ? derived : {}),
      ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
      hiredOn: v.hiredOn,
      schemes: v.schemes,
    };
  };
  return (
    <FormModal<Values, HireBody>
      open={open}
      title={t('hreg.hire.title')}
      mutation={hire}
      toVariables={toBody}
      onClose={onClose}
      successText={t('hreg.hire.done')}
      okText={t('hreg.hire.submit')}
      initialValues={{ schemes: [...SCHEMES] }}
      testId="hreg-hire"
    >
      <Form.Item
        name="citizenId"
        label={t('hreg.hire.citizenId')}
        rules={[
          { required: true, message: t('form.required') },
          {
            validator: (_, v: string) =>
              !v || looksLikeCitizenId(v) ? Promise.resolve() : Promise.reject(new Error(t('hreg.hire.idBad'))),
          },
        ]}
      >
        <Input className="mono" maxLength={18} autoComplete="off" data-testid="hreg-hire-citizen-id" />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.citizenId !== b.citizenId}>
        {({ getFieldValue }) => {
          const derived = deriveFromCitizenId(getFieldValue('citizenId') as string | undefined);
          return derived ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="hreg-hire-derived"
              title={t('hreg.hire.derived', {
                gender: labelOf(t, 'hreg.gender', derived.gender),
                birthDate: derived.birthDate,
              })}
            />
          ) : null;
        }}
      </Form.Item>
      <Form.Item
        name="name"
        label={t('hreg.hire.name')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input maxLength={100} data-testid="hreg-hire-name" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('hreg.hire.phone')}
        rules={[
          {
            validator: (_, v: string) =>
              !v || looksLikeMobile(v) ? Promise.resolve() : Promise.reject(new Error(t('public.phoneLooksWrong'))),
          },
        ]}
      >
        <Input maxLength={11} inputMode="tel" data-testid="hreg-hire-phone" />
      </Form.Item>
      <Form.Item
        name="hiredOn"
        label={t('hreg.hire.hiredOn')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <DateField testId="hreg-hire-date" />
      </Form.Item>
      <Form.Item
        name="schemes"
        label={t('hreg.hire.schemes')}
        extra={t('hreg.hire.schemesHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('form.required') }]}
      >
        <Checkbox.Group
          options={SCHEMES.map((s) => ({ value: s, label: schemeName(t, s) }))}
          data-testid="hreg-hire-schemes"
        />
      </Form.Item>
    </FormModal>
  );
}
