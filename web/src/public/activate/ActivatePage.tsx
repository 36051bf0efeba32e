import { Steps } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useRefreshSession } from '../../api/session.ts';
import type { OtpChallenge } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { useNotify } from '../../ui/useNotify.ts';
import { KindSwitch } from '../KindSwitch.tsx';
import { PublicFormCard } from '../PublicFormCard.tsx';
import { parseKind } from '../publicKind.ts';
import { RegisterCompleteStep } from '../register/RegisterCompleteStep.tsx';
import { ActivateDetailsStep } from './ActivateDetailsStep.tsx';

/**
 * `/activate/:kind`: the activation code a window issued (slip, letter or SMS) and the phone to log
 * in with → the code texted to that phone + a password → the hall.
 */
export default function ActivatePage() {
  const { t } = useI18n();
  const kind = parseKind(useParams().kind);
  const navigate = useNavigate();
  const refresh = useRefreshSession();
  const notify = useNotify();
  const [sent, setSent] = useState<OtpChallenge | null>(null);
  const activated = async () => {
    await refresh();
    notify.success(t('identity.activate.done'));
    navigate('/hall', { replace: true });
  };
  return (
    <PublicFormCard
      title={t(kind === 'person' ? 'identity.activate.titlePerson' : 'identity.activate.titleEmployer')}
      testId="activate-card"
    >
      <Steps
        size="small"
        current={sent ? 1 : 0}
        style={{ marginBottom: 24 }}
        items={[{ title: t('public.stepDetails') }, { title: t('public.stepVerify') }]}
      />
      {sent ? (
        <RegisterCompleteStep sent={sent} onDone={() => void activated()} onBack={() => setSent(null)} />
      ) : (
        <>
          <KindSwitch value={kind} onChange={(k) => navigate(`/activate/${k}`)} />
          <ActivateDetailsStep kind={kind} onSent={setSent} />
          <div style={{ textAlign: 'center', marginTop: 16 }}>
            {t('identity.activate.noCode')} <Link to={`/register/${kind}`}>{t('identity.activate.online')}</Link>
          </div>
        </>
      )}
    </PublicFormCard>
  );
}
