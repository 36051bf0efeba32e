import { Tag } from 'antd';
import { useI18n } from '../../i18n/index.ts';

/** Where a value comes from: this region, a higher level, or the national default. */
export function RegionTag({ source, region }: { source: string | null; region: string }) {
  const { t } = useI18n();
  if (source === null) return <>—</>;
  if (source === '000000') return <Tag>{t('policy.national')}</Tag>;
  return (
    <Tag color={source === region ? 'blue' : 'geekblue'} className="mono">
      {source === region ? `${source} ${t('policy.own')}` : source}
    </Tag>
  );
}
