import { Flex, Typography } from 'antd';
import type { LoginStep } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { TotpCodeForm } from './TotpCodeForm.tsx';

type Enrol = Extract<LoginStep, { status: 'totp_enrol' }>;

/** Binds an authenticator app: QR code, the secret as text for manual entry, then a code. */
export function TotpEnrolStep({ step, onStep }: { step: Enrol; onStep: (step: LoginStep) => void }) {
  const { t } = useI18n();
  const grouped = step.secret.replace(/(.{4})/g, '$1 ').trim();
  return (
    <>
      <Typography.Paragraph>{t('login.enrolIntro')}</Typography.Paragraph>
      <Flex vertical align="center" gap={8} style={{ marginBottom: 16 }}>
        <img
          src={step.qrDataUrl}
          alt={t('login.qrAlt')}
          width={180}
          height={180}
          data-testid="totp-qr"
          style={{ border: '1px solid #e5e7eb', borderRadius: 4, padding: 6, background: '#fff' }}
        />
        <Typography.Text type="secondary">{t('login.enrolManual')}</Typography.Text>
        <Typography.Text copyable={{ text: step.secret }} code style={{ fontSize: 15 }}>
          <span data-testid="totp-secret" data-secret={step.secret}>
            {grouped}
          </span>
        </Typography.Text>
      </Flex>
      <TotpCodeForm challenge={step.challenge} onStep={onStep} submitText={t('login.enrolSubmit')} />
    </>
  );
}
