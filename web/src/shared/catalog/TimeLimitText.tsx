import { useI18n } from '../../i18n/index.ts';

/** "承诺 3 个工作日 · 法定 10 个工作日", or 即办 for a promise of zero days. */
export function TimeLimitText({ promisedDays, statutoryDays }: { promisedDays: number; statutoryDays: number }) {
  const { t } = useI18n();
  return (
    <span className="tabular">
      {promisedDays === 0 ? t('guide.immediate') : t('guide.promised', { n: promisedDays })}
      <span style={{ color: 'rgba(0,0,0,0.45)' }}> · {t('guide.statutory', { n: statutoryDays })}</span>
    </span>
  );
}
