import { Segmented } from 'antd';
import type { PublicKind } from '../api/types.ts';
import { useI18n } from '../i18n/index.ts';

/** 个人 / 单位 toggle at the top of the login and registration forms. */
export function KindSwitch({ value, onChange }: { value: PublicKind; onChange: (kind: PublicKind) => void }) {
  const { t } = useI18n();
  return (
    <Segmented<PublicKind>
      block
      value={value}
      onChange={onChange}
      style={{ marginBottom: 20 }}
      options={[
        { value: 'person', label: <span data-testid="kind-person">{t('public.person')}</span> },
        { value: 'employer', label: <span data-testid="kind-employer">{t('public.employer')}</span> },
      ]}
    />
  );
}
