import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useRefreshSession } from '../../api/session.ts';
import { useI18n } from '../../i18n/index.ts';
import { KindSwitch } from '../KindSwitch.tsx';
import { PublicFormCard } from '../PublicFormCard.tsx';
import { SmsUnavailableNotice } from '../SmsUnavailableNotice.tsx';
import { parseKind } from '../publicKind.ts';
import { PublicCredentialsStep, type PublicOtp } from './PublicCredentialsStep.tsx';
import { PublicOtpStep } from './PublicOtpStep.tsx';

/** `/login/:kind`: identifier + password, then the texted code, then the hall (or `?next=` inside it). */
export default function PublicLoginPage() {
  const { t } = useI18n();
  const kind = parseKind(useParams().kind);
  const navigate = useNavigate();
  const refresh = useRefreshSession();
  const [params] = useSearchParams();
  const [otp, setOtp] = useState<PublicOtp | null>(null);
  // Only a page of the hall itself may be the destination (no open redirect).
  const next = params.get('next');
  const destination = next && /^\/hall(\/[\w-]*)*$/.test(next) ? next : '/hall';
  const loggedIn = async () => {
    await refresh();
    navigate(destination, { replace: true });
  };
  return (
    <PublicFormCard
      title={t(kind === 'person' ? 'public.loginPerson' : 'public.loginEmployer')}
      testId="public-login-card"
    >
      <SmsUnavailableNotice />
      {otp ? (
        <PublicOtpStep otp={otp} onOk={() => void loggedIn()} onBack={() => setOtp(null)} />
      ) : (
        <>
          <KindSwitch value={kind} onChange={(k) => navigate({ pathname: `/login/${k}`, search: params.toString() })} />
          <PublicCredentialsStep kind={kind} onOtp={setOtp} />
          <div style={{ textAlign: 'center', marginTop: 16 }}>
            {t('public.noAccount')}{' '}
            <Link to={`/register/${kind}`} data-testid="go-register">
              {t('public.register')}
            </Link>
          </div>
        </>
      )}
    </PublicFormCard>
  );
}
