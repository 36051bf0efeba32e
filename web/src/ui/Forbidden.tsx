import { Result } from 'antd';
import { useI18n } from '../i18n/index.ts';

/** A page the user's roles do not open (the menu hides it; this covers a typed URL). */
export function Forbidden() {
  const { t } = useI18n();
  return <Result status="403" title="403" subTitle={t('forbidden.text')} data-testid="forbidden" />;
}
