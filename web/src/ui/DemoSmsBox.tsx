import { MessageOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Typography } from 'antd';
import { http } from '../api/client.ts';
import type { DemoMessage } from '../api/types.ts';
import { useI18n } from '../i18n/index.ts';
import { formatInstant } from './formatTime.ts';

const pollMs = 1000;

function codeOf(body: string): string | null {
  return /\b(\d{6})\b/.exec(body)?.[1] ?? null;
}

/**
 * Demo mode has no SMS gateway: the one-time code the server "sent" is read from the demo outbox
 * and shown here, in a box nobody can mistake for part of the real service.
 */
export function DemoSmsBox({ challenge }: { challenge: string }) {
  const { t } = useI18n();
  const outbox = useQuery({
    queryKey: ['demo-outbox', challenge],
    queryFn: () => http.get<{ messages: DemoMessage[] }>('/api/demo/outbox', { challenge }),
    refetchInterval: (query) => ((query.state.data?.messages.length ?? 0) > 0 ? false : pollMs),
  });
  const messages = outbox.data?.messages ?? [];
  const latest = messages[messages.length - 1];
  const code = latest ? codeOf(latest.body) : null;
  return (
    <Card
      size="small"
      data-testid="demo-sms"
      title={
        <span style={{ color: '#ad6800' }}>
          <MessageOutlined /> {t('demo.smsTitle')}
        </span>
      }
      style={{ borderColor: '#ffd666', background: '#fffbe6', marginBottom: 16 }}
      styles={{ header: { background: '#fff1b8', borderColor: '#ffd666' } }}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('demo.smsNote')}
      </Typography.Paragraph>
      {!latest && <Typography.Text type="secondary">{t('demo.smsWaiting')}</Typography.Text>}
      {latest && (
        <>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('demo.smsTo', { to: latest.to })} · {formatInstant(latest.at)}
          </Typography.Text>
          <Typography.Paragraph style={{ margin: '6px 0' }} data-testid="demo-sms-body">
            {latest.body}
          </Typography.Paragraph>
          {code && (
            <Typography.Text
              strong
              style={{ fontSize: 24, letterSpacing: 6, fontFamily: 'monospace' }}
              data-testid="demo-sms-code"
            >
              {code}
            </Typography.Text>
          )}
        </>
      )}
    </Card>
  );
}
