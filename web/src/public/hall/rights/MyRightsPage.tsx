import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Flex, Typography } from 'antd';
import { Link, Navigate, useLocation } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { useSessionInfo } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageSpinner } from '../../../ui/PageSpinner.tsx';
import { RightsRecord } from '../../../shared/rights/RightsRecord.tsx';
import { useMyRights } from '../../../shared/rights/rightsApi.ts';

function MyRights() {
  const { t } = useI18n();
  const rights = useMyRights();
  if (rights.isPending) return <PageSpinner />;
  if (rights.error instanceof ApiError && rights.error.code === 'rights_person_not_registered')
    return <Alert type="info" showIcon title={t('rights.notRegistered')} data-testid="rights-not-registered" />;
  if (!rights.data) return <ErrorAlert error={rights.error} />;
  return <RightsRecord view={rights.data} />;
}

/** `/hall/rights`: 我的权益记录, the logged-in insured person's own record. */
export default function MyRightsPage() {
  const { t } = useI18n();
  const session = useSessionInfo().data?.session;
  const location = useLocation();
  if (!session || session.kind === 'staff')
    return <Navigate to={`/login/person?next=${encodeURIComponent(location.pathname)}`} replace />;
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('rights.hallTitle')}
        </Typography.Title>
        <Flex gap={16}>
          <Link to="/hall/statements" data-testid="rights-to-statements">
            {t('rights.toStatements')}
          </Link>
          <Link to="/hall">
            <ArrowLeftOutlined /> {t('rights.backToHall')}
          </Link>
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary">{t('rights.hallIntro')}</Typography.Paragraph>
      {session.kind === 'person' ? <MyRights /> : <Alert type="warning" showIcon title={t('rights.personOnly')} />}
    </>
  );
}
