import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import type { Level, PublicRatingView, Rating } from '../../api/deskTypes.ts';
import { useI18n } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LevelTag } from '../../ui/LevelTag.tsx';
import { LevelPicker } from './LevelPicker.tsx';

interface Values {
  overall: Level;
  comment?: string;
}

interface Props {
  view: PublicRatingView;
  /** Sends an online rating; the panel shows its refusal, if any. */
  onRate: (kind: 'initial' | 'follow_up', values: Values) => Promise<unknown>;
  error: unknown;
  pending: boolean;
}

function GivenRating({ rating, title }: { rating: Rating; title: string }) {
  const { t } = useI18n();
  return (
    <Descriptions
      size="small"
      column={1}
      title={title}
      data-testid={`rating-given-${rating.kind}`}
      items={[
        { key: 'level', label: t('rating.overall'), children: <LevelTag level={rating.overall} /> },
        { key: 'comment', label: t('rating.comment'), children: rating.comment ?? '—' },
        { key: 'at', label: t('rating.ratedAt'), children: <DateText value={rating.ratedAt} instant /> },
      ]}
    />
  );
}

function RatingForm({ kind, onRate, pending }: { kind: 'initial' | 'follow_up' } & Pick<Props, 'onRate' | 'pending'>) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(v) => void onRate(kind, v).catch(() => undefined)}
      data-testid={`rating-form-${kind}`}
    >
      <Form.Item
        name="overall"
        label={t(kind === 'initial' ? 'rating.question' : 'rating.followUpQuestion')}
        rules={[{ required: true, message: t('rating.chooseLevel') }]}
      >
        <LevelPicker />
      </Form.Item>
      <Form.Item name="comment" label={t('rating.comment')} extra={t('rating.commentHint')}>
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="rating-comment" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending} data-testid="rating-submit">
        {t('rating.submit')}
      </Button>
    </Form>
  );
}

/** 好差评 for a finished case: the five levels and a comment online; then the call-back, and a follow-up rating. */
export function RatingPanel({ view, onRate, error, pending }: Props) {
  const { t } = useI18n();
  return (
    <Card title={t('rating.title')} size="small" data-testid="rating-panel">
      <ErrorAlert error={error} />
      {view.initial && <GivenRating rating={view.initial} title={t('rating.yours')} />}
      {view.canRate && !view.initial && <RatingForm kind="initial" onRate={onRate} pending={pending} />}
      {!view.canRate && !view.initial && <Typography.Text type="secondary">{t('rating.closed')}</Typography.Text>}
      {view.callback && (
        <Alert
          style={{ marginTop: 12 }}
          type={view.callback.status === 'closed' ? 'success' : 'info'}
          showIcon
          data-testid="rating-callback"
          title={t(`callbackStatus.${view.callback.status}`)}
          description={
            <>
              <div>{t(`rating.callbackText.${view.callback.status}`)}</div>
              {view.callback.rectificationNote && (
                <div>
                  {t('callback.rectification')}
                  {t('punct.colon')}
                  {view.callback.rectificationNote}
                </div>
              )}
            </>
          }
        />
      )}
      {view.followUp && (
        <div style={{ marginTop: 12 }}>
          <GivenRating rating={view.followUp} title={t('rating.followUp')} />
        </div>
      )}
      {view.canRateFollowUp && !view.followUp && (
        <div style={{ marginTop: 12 }}>
          <RatingForm kind="follow_up" onRate={onRate} pending={pending} />
        </div>
      )}
    </Card>
  );
}
