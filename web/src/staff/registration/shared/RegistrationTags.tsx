import { Tag } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import type { EnrolmentStatus, Scheme } from '../registrationTypes.ts';

/** Colours of enrolment states, shared by the tags and the timeline chart. */
export const enrolmentColours: Record<EnrolmentStatus, string> = {
  active: '#52c41a',
  suspended: '#faad14',
  terminated: '#bfbfbf',
};

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
