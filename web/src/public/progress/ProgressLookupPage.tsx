import { SearchOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSessionInfo } from '../../api/session.ts';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useNotify } from '../../ui/useNotify.ts';
import { useLookupProgress, useLookupRating, useRateAnonymously, type LookupValues } from './progressApi.ts';
import { ProgressView } from './ProgressView.tsx';
import { RatingPanel } from './RatingPanel.tsx';

const caseNumberPattern = /^[A-Za-z0-9-]{6,40}$/;

/** `/progress`: follow a case by its number and the applicant's identifier, no login needed. */
export default function ProgressLookupPage() {
  const { t } = useI18n();
  const notify = useNotify();
  const [params] = useSearchParams();
  const session = useSessionInfo().data?.session;
  const lookup = useLookupProgress();
  const ratingLookup = useLookupRating();
  const rate = useRateAnonymously();
  const [asked, setAsked] = useState<LookupValues | null>(null);
  const progress = lookup.data;
  const finished = progress && ['completed', 'refused', 'declined'].includes(progress.status);

  const search = (v: LookupValues) => {
    const values = { caseNumber: v.caseNumber.trim(), identifier: v.identifier.trim().toUpperCase() };
    setAsked(values);
    ratingLookup.reset();
    lookup.mutate(values);
  };
  const { mutate: loadRating } = ratingLookup;
  useEffect(() => {
    if (finished && asked) loadRating(asked);
  }, [finished, asked, loadRating]);

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('progress.title')}
      </Typography.Title>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={8}>
          <Card data-testid="progress-lookup">
            <Typography.Paragraph type="secondary">{t('progress.lookupIntro')}</Typography.Paragraph>
            <Form<LookupValues>
              layout="vertical"
              requiredMark={false}
              initialValues={{ caseNumber: params.get('case') ?? '' }}
              onFinish={search}
            >
              <Form.Item
                name="caseNumber"
                label={t('progress.caseNumber')}
                rules={[
                  { required: true, message: t('form.required') },
                  { pattern: caseNumberPattern, message: t('progress.caseNumberFormat') },
                ]}
              >
                <Input placeholder="330106-20260302-00001" className="mono" data-testid="lookup-case-number" />
              </Form.Item>
              <Form.Item
                name="identifier"
                label={t('progress.identifier')}
                extra={t('progress.identifierHint')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Input className="mono" maxLength={64} autoComplete="off" data-testid="lookup-identifier" />
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                icon={<SearchOutlined />}
                block
                loading={lookup.isPending}
                data-testid="lookup-submit"
              >
                {t('common.search')}
              </Button>
            </Form>
            {session && session.kind !== 'staff' && (
              <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
                <Link to="/hall">{t('progress.seeMyCases')}</Link>
              </Typography.Paragraph>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <ErrorAlert error={lookup.error} />
          {progress && (
            <ProgressView
              progress={progress}
              rating={
                ratingLookup.data && asked ? (
                  <RatingPanel
                    view={ratingLookup.data}
                    error={rate.error}
                    pending={rate.isPending}
                    onRate={(kind, v) =>
                      rate.mutateAsync({ ...asked, kind, ...v }).then(() => {
                        notify.success(t('rating.thanks'));
                        loadRating(asked);
                      })
                    }
                  />
                ) : null
              }
            />
          )}
          {!progress && !lookup.error && (
            <Card>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {t('progress.emptyHint')}
              </Typography.Paragraph>
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
