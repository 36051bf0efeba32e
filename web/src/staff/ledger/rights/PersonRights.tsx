import { Alert } from 'antd';
import { useCan } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageSpinner } from '../../../ui/PageSpinner.tsx';
import { RightsRecord } from '../../../shared/rights/RightsRecord.tsx';
import { usePersonRights } from '../../../shared/rights/rightsApi.ts';

/** The 权益记录 tab of the person 360 page; opening it is audited as a read of the person's record. */
export function PersonRights({ personId }: { personId: number }) {
  const { t } = useI18n();
  const can = useCan();
  const allowed = can('rights.read');
  const rights = usePersonRights(personId, allowed);
  if (!allowed) return <Alert type="info" showIcon title={t('forbidden.text')} />;
  if (rights.isPending) return <PageSpinner />;
  if (!rights.data) return <ErrorAlert error={rights.error} />;
  return <RightsRecord view={rights.data} />;
}
