import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useAuditVerify } from './auditApi.ts';

/** "Verify chain": recomputes every hash on the server and says whether the trail is intact. */
export function VerifyChainButton() {
  const { t } = useI18n();
  const verify = useAuditVerify();
  return (
    <Button
      icon={<SafetyCertificateOutlined />}
      loading={verify.isFetching}
      onClick={() => void verify.refetch()}
      data-testid="audit-verify"
    >
      {t('audit.verify')}
    </Button>
  );
}

/** The outcome of the last verification, if one was run. */
export function VerifyChainResult() {
  const { t } = useI18n();
  const verify = useAuditVerify();
  if (verify.error) return <ErrorAlert error={verify.error} />;
  const r = verify.data;
  if (!r) return null;
  return r.ok ? (
    <Alert
      type="success"
      showIcon
      data-testid="audit-verify-result"
      data-ok="true"
      title={t('audit.verifyOk', { n: r.checked })}
      style={{ marginBottom: 16 }}
    />
  ) : (
    <Alert
      type="error"
      showIcon
      data-testid="audit-verify-result"
      data-ok="false"
      title={t('audit.verifyBad', { seq: r.firstBadSeq ?? '?', n: r.checked })}
      description={r.reason ?? undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
