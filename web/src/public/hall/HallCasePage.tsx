import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { Link, Navigate, useParams } from 'react-router';
import { useSessionInfo } from '../../api/session.ts';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageSpinner } from '../../ui/PageSpinner.tsx';
import { useNotify } from '../../ui/useNotify.ts';
import { ProgressView } from '../progress/ProgressView.tsx';
import { RatingPanel } from '../progress/RatingPanel.tsx';
import { SupplyMaterials } from '../progress/SupplyMaterials.tsx';
import { useMyCase, useMyRating, useRateMine } from './hallApi.ts';

/** `/hall/cases/:caseNumber`: one of my cases, with the supply form, the slips' PDFs and the rating. */
export default function HallCasePage() {
  const { caseNumber = '' } = useParams();
  const { t } = useI18n();
  const notify = useNotify();
  const session = useSessionInfo().data?.session;
  const progress = useMyCase(caseNumber);
  const finished = ['completed', 'refused', 'declined'].includes(progress.data?.status ?? '');
  const rating = useMyRating(caseNumber, finished);
  const rate = useRateMine();
  if (!session || session.kind === 'staff')
    return <Navigate to={`/login/person?next=/hall/cases/${caseNumber}`} replace />;
  if (progress.isPending) return <PageSpinner />;
  const p = progress.data;
  const missing = p?.materials.filter((m) => m.status === 'missing') ?? [];
  return (
    <>
      <Flex align="center" gap={12} style={{ marginBottom: 16 }}>
        <Link to="/hall">
          <Button icon={<ArrowLeftOutlined />}>{t('hall.myCases')}</Button>
        </Link>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('hall.caseTitle', { number: caseNumber })}
        </Typography.Title>
      </Flex>
      <ErrorAlert error={progress.error} />
      {p && (
        <ProgressView
          progress={p}
          noticePdf={(id) => `/api/public/cases/${encodeURIComponent(p.caseNumber)}/notices/${id}/pdf`}
          supply={
            missing.length > 0 && p.status === 'waiting_materials' ? (
              <SupplyMaterials caseNumber={p.caseNumber} itemCode={p.item.code} missing={missing} />
            ) : null
          }
          rating={
            rating.data ? (
              <RatingPanel
                view={rating.data}
                error={rate.error}
                pending={rate.isPending}
                onRate={(kind, v) =>
                  rate
                    .mutateAsync({ caseNumber: p.caseNumber, kind, ...v })
                    .then(() => notify.success(t('rating.thanks')))
                }
              />
            ) : (
              <ErrorAlert error={rating.error} />
            )
          }
        />
      )}
    </>
  );
}
