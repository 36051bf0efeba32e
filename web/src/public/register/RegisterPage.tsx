import { Steps } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useRefreshSession } from '../../api/session.ts';
import type { OtpChallenge } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { useNotify } from '../../ui/useNotify.ts';
import { KindSwitch } from '../KindSwitch.tsx';
import { PublicFormCard } from '../PublicFormCard.tsx';
import { SmsUnavailableNotice } from '../SmsUnavailableNotice.tsx';
import { parseKind } from '../publicKind.ts';
import { RegisterCompleteStep } from './RegisterCompleteStep.tsx';
import { RegisterDetailsStep } from './RegisterDetailsStep.tsx';

/** `/register/:kind`: identifier and name → the code texted to the phone on file + password → the hall. */
export default function RegisterPage() {
  const { t } = useI18n();
  const kind = parseKind(useParams().kind);
  const navigate = useNavigate();
  const refresh = useRefreshSession();
  const notify = useNotify();
  const [sent, setSent] = useState<OtpChallenge | null>(null);
  // Completing the registration opens a session on the server: go straight to the hall.
  const registered = async () => {
    await refresh();
    notify.success(t('public.registered'));
    navigate('/hall', { replace: true });
  };
  return (
    <PublicFormCard
      title={t(kind === 'person' ? 'public.registerPerson' : 'public.registerEmployer')}
      testId="register-card"
    >
      <SmsUnavailableNotice />
      <Steps
        size="small"
        current={sent ? 1 : 0}
        style={{ marginBottom: 24 }}
        items={[{ title: t('public.stepDetails') }, { title: t('public.stepVerify') }]}
      />
      {sent ? (
        <RegisterCompleteStep sent={sent} onDone={() => void registered()} onBack={() => setSent(null)} />
      ) : (
        <>
          <KindSwitch value={kind} onChange={(k) => navigate(`/register/${k}`)} />
          <RegisterDetailsStep kind={kind} onSent={setSent} />
          <div style={{ textAlign: 'center', marginTop: 16 }}>
            {t('public.haveAccount')} <Link to={`/login/${kind}`}>{t('public.login')}</Link>
          </div>
          <div style={{ textAlign: 'center', marginTop: 8 }}>
            {t('identity.register.haveCode')}{' '}
            <Link to={`/activate/${kind}`} data-testid="go-activate">
              {t('identity.register.useCode')}
            </Link>
          </div>
        </>
      )}
    </PublicFormCard>
  );
}
