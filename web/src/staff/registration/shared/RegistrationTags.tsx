import { Tag } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import type { CertificateStatus, EmployerStatus, EnrolmentStatus, PersonStatus, Scheme } from '../registrationTypes.ts';

const employerColours: Record<EmployerStatus, string> = { active: 'green', suspended: 'orange', cancelled: 'default' };
const personColours: Record<PersonStatus, string> = { active: 'green', deceased: 'default', merged: 'purple' };
const certificateColours: Record<CertificateStatus, string> = { valid: 'green', superseded: 'default', revoked: 'red' };

/** Colours of enrolment states, shared by the tags and the timeline chart. */
export const enrolmentColours: Record<EnrolmentStatus, string> = {
  active: '#52c41a',
  suspended: '#faad14',
  terminated: '#bfbfbf',
};

export function EmployerStatusTag({ status }: { status: EmployerStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={employerColours[status]} data-testid="employer-status" data-status={status}>
      {t(`reg.employerStatus.${status}`)}
    </Tag>
  );
}

export function PersonStatusTag({ status }: { status: PersonStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={personColours[status]} data-testid="person-status" data-status={status}>
      {t(`reg.personStatus.${status}`)}
    </Tag>
  );
}

export function EnrolmentStatusTag({ status }: { status: EnrolmentStatus }) {
  const { t } = useI18n();
  const colour = status === 'active' ? 'green' : status === 'suspended' ? 'orange' : 'default';
  return (
    <Tag color={colour} data-status={status}>
      {t(`reg.enrolmentStatus.${status}`)}
    </Tag>
  );
}

export function CertificateStatusTag({ status, overdue }: { status: CertificateStatus; overdue?: boolean }) {
  const { t } = useI18n();
  if (status === 'valid' && overdue) {
    return (
      <Tag color="red" data-status="verification_overdue">
        {t('reg.cert.overdue')}
      </Tag>
    );
  }
  return (
    <Tag color={certificateColours[status]} data-status={status}>
      {t(`reg.certStatus.${status}`)}
    </Tag>
  );
}

export function SchemeTags({ schemes }: { schemes: readonly Scheme[] }) {
  const { t } = useI18n();
  return (
    <>
      {schemes.map((s) => (
        <Tag key={s} data-scheme={s}>
          {t(`reg.scheme.${s}`)}
        </Tag>
      ))}
    </>
  );
}
