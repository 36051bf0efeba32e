import { Checkbox, Form, Input, Select } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { todayIso } from '../../../ui/formatTime.ts';
import { useHire, useSeparate, type HireInput } from '../registrationApi.ts';
import {
  REPORTABLE_SEPARATION_REASONS,
  SCHEMES,
  type Scheme,
  type ReportableSeparationReason,
} from '../registrationTypes.ts';
import { looksLikeCitizenId } from '../../../shared/identifierFormat.ts';
import { EmployerPicker } from './Pickers.tsx';
import { caseNumberRule, trimmed } from './rules.ts';

interface HireValues {
  citizenId?: string;
  employerId?: number | null;
  hiredOn: string;
  schemes: Scheme[];
  caseNumber?: string;
}

/**
 * A hire with enrolment in the chosen schemes (all four by default). Opened from a person (then the
 * employer is chosen) or from an employer (then the person is named by the full citizen ID on the
 * document in hand: a person registered at another agency is reached that way, never by a list).
 */
export function HireModal({
  open,
  personId,
  employerId,
  onClose,
}: {
  open: boolean;
  personId?: number;
  employerId?: number;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const hire = useHire();
  const toVariables = (v: HireValues): HireInput => {
    const rest = {
      employerId: employerId ?? v.employerId ?? 0,
      hiredOn: v.hiredOn,
      schemes: v.schemes,
      caseNumber: trimmed(v.caseNumber),
    };
    return personId ? { personId, ...rest } : { citizenId: (v.citizenId ?? '').trim().toUpperCase(), ...rest };
  };
  return (
    <FormModal<HireValues, HireInput>
      open={open}
      title={t('reg.hireTitle')}
      mutation={hire}
      initialValues={{ hiredOn: todayIso(), schemes: [...SCHEMES] }}
      check={(v) => (v.schemes.length === 0 ? t('reg.noSchemes') : null)}
      toVariables={toVariables}
      onClose={onClose}
      successText={t('reg.hired')}
      testId="hire-modal"
    >
      {!personId && (
        <Form.Item
          name="citizenId"
          label={t('reg.field.citizenId')}
          extra={t('reg.hireByCitizenIdHint')}
          rules={[
            { required: true, message: t('form.required') },
            {
              validator: (_, v: string | undefined) =>
                !v || looksLikeCitizenId(v) ? Promise.resolve() : Promise.reject(new Error(t('reg.citizenIdBad'))),
            },
          ]}
        >
          <Input className="mono" maxLength={18} autoComplete="off" data-testid="hire-citizen-id" />
        </Form.Item>
      )}
      {!employerId && (
        <Form.Item
          name="employerId"
          label={t('reg.employer')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <EmployerPicker testId="hire-employer" />
        </Form.Item>
      )}
      <Form.Item name="hiredOn" label={t('reg.hiredOn')} rules={[{ required: true, message: t('form.required') }]}>
        <DateField testId="hire-date" />
      </Form.Item>
      <Form.Item name="schemes" label={t('reg.schemes')}>
        <Checkbox.Group
          options={SCHEMES.map((s) => ({ value: s, label: t(`reg.scheme.${s}`) }))}
          data-testid="hire-schemes"
        />
      </Form.Item>
      <Form.Item name="caseNumber" label={t('reg.caseNumber')} rules={[caseNumberRule(t)]}>
        <Input className="mono" maxLength={48} />
      </Form.Item>
    </FormModal>
  );
}

/** A separation: the first day no longer employed and the reason; the enrolments it implies end then. */
export function SeparateModal({
  personId,
  employment,
  onClose,
}: {
  personId: number;
  employment: { id: number; hiredOn: string; label: string } | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const separate = useSeparate(personId);
  return (
    <FormModal<{ separatedOn: string; reason: ReportableSeparationReason }, Parameters<typeof separate.mutate>[0]>
      open={employment !== null}
      title={t('reg.separateTitle', { who: employment?.label ?? '' })}
      mutation={separate}
      danger
      initialValues={{ separatedOn: todayIso() }}
      check={(v) => (employment && v.separatedOn <= employment.hiredOn ? t('reg.separationBeforeHire') : null)}
      toVariables={(v) => ({ employmentId: employment?.id ?? 0, separatedOn: v.separatedOn, reason: v.reason })}
      onClose={onClose}
      successText={t('reg.separated')}
      testId="separate-modal"
    >
      <Form.Item
        name="separatedOn"
        label={t('reg.separatedOn')}
        extra={t('reg.separatedOnHint')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <DateField testId="separate-date" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('reg.separationReason')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Select
          options={REPORTABLE_SEPARATION_REASONS.map((r) => ({ value: r, label: t(`reg.sepReason.${r}`) }))}
          data-testid="separate-reason"
        />
      </Form.Item>
    </FormModal>
  );
}
