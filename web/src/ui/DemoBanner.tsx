import { Alert } from 'antd';
import { useI18n } from '../i18n/index.ts';

/** Shown on every page of a demo server so nobody mistakes it for production. */
export function DemoBanner() {
  const { t } = useI18n();
  return <Alert banner type="warning" showIcon data-testid="demo-banner" title={t('demo.banner')} />;
}
