import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useRefreshSession, useSessionInfo } from '../../api/session.ts';
import type { LoginStep } from '../../api/types.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { BrandMark } from '../../ui/BrandMark.tsx';
import { DemoBanner } from '../../ui/DemoBanner.tsx';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { ChangePasswordStep } from './ChangePasswordStep.tsx';
import { CredentialsStep } from './CredentialsStep.tsx';
import { TotpCodeForm } from './TotpCodeForm.tsx';
import { TotpEnrolStep } from './TotpEnrolStep.tsx';

type Pending = Exclude<LoginStep, { status: 'ok' }> | null;

const titles: Record<NonNullable<Pending>['status'] | 'credentials', MessageKey> = {
  credentials: 'login.title',
  change_password: 'login.changePasswordTitle',
  totp_enrol: 'login.enrolTitle',
  totp: 'login.totpTitle',
};

/** `/staff/login`: the login conversation, one LoginStep at a time, then the workbench. */
export default function StaffLoginPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const from = (useLocation().state as { from?: string } | null)?.from;
  const navigate = useNavigate();
  const demo = useSessionInfo().data?.demo ?? false;
  const refresh = useRefreshSession();
  const [step, setStep] = useState<Pending>(null);
  const onStep = async (next: LoginStep) => {
    if (next.status !== 'ok') return setStep(next);
    await refresh();
    navigate(from && from.startsWith('/staff') ? from : '/staff', { replace: true });
  };
  const handle = (next: LoginStep) => void onStep(next);
  return (
    <Flex
      vertical
      style={{ minHeight: '100vh', background: 'linear-gradient(135deg, #0b2f5f 0%, #1a4f9c 55%, #3a78c9 100%)' }}
    >
      {demo && <DemoBanner />}
      <Flex justify="space-between" align="center" style={{ padding: '16px 32px' }}>
        <Link to="/" style={{ display: 'flex' }}>
          <BrandMark inverse subtitle={t('staff.workbench')} />
        </Link>
        <LanguageSwitch />
      </Flex>
      <Flex flex={1} justify="center" align="center" style={{ padding: 16 }}>
        <Card style={{ width: 420, boxShadow: '0 12px 40px rgba(0,0,0,0.25)' }} data-testid="staff-login-card">
          <Typography.Title level={3} style={{ marginTop: 0, textAlign: 'center' }} data-testid="login-step-title">
            {t(titles[step?.status ?? 'credentials'])}
          </Typography.Title>
          {params.get('expired') && !step && (
            <Alert
              type="warning"
              showIcon
              title={t('session.expired')}
              style={{ marginBottom: 16 }}
              data-testid="session-expired"
            />
          )}
          {!step && <CredentialsStep onStep={handle} />}
          {step?.status === 'change_password' && <ChangePasswordStep challenge={step.challenge} onStep={handle} />}
          {step?.status === 'totp_enrol' && <TotpEnrolStep step={step} onStep={handle} />}
          {step?.status === 'totp' && (
            <>
              <Typography.Paragraph>{t('login.totpIntro')}</Typography.Paragraph>
              <TotpCodeForm challenge={step.challenge} onStep={handle} submitText={t('login.verify')} />
            </>
          )}
          {step && (
            <Button
              type="link"
              block
              onClick={() => setStep(null)}
              style={{ marginTop: 8 }}
              data-testid="login-restart"
            >
              {t('login.restart')}
            </Button>
          )}
        </Card>
      </Flex>
      <Typography.Text style={{ color: 'rgba(255,255,255,0.7)', textAlign: 'center', padding: 16, fontSize: 12 }}>
        {t('login.footer')}
      </Typography.Text>
    </Flex>
  );
}
