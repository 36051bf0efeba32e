import { MessageOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Typography } from 'antd';
import { api, data } from '../api/typed.ts';
import { useI18n } from '../i18n/index.ts';
import { formatInstant } from './formatTime.ts';

const pollMs = 1000;
/** A code that has not come within a minute will not come (opening an account may send none). */
const pollsMax = 60;

function codeOf(body: string): string | null {
  return /\b(\d{6})\b/.exec(body)?.[1] ?? null;
}

/**
 * Demo mode has no SMS gateway: the one-time code the server "sent" is read from the demo outbox
 * and shown here, in a box nobody can mistake for part of the real service. With `all`, every
 * message of the challenge is shown (a phone change texts the old and the new phone).
 */
export function DemoSmsBox({ challenge, all = false }: { challenge: string; all?: boolean }) {
  const { t } = useI18n();
  const outbox = useQuery({
    queryKey: ['demo-outbox', challenge],
    queryFn: async () => data(await api.GET('/api/demo/outbox', { params: { query: { challenge } } })),
    refetchInterval: (query) =>
      (query.state.data?.messages.length ?? 0) > 0 || query.state.dataUpdateCount >= pollsMax ? false : pollMs,
  });
  const messages = outbox.data?.messages ?? [];
  // The outbox answers newest first; a challenge's first text is its code.
  const shown = all ? [...messages].reverse() : messages.slice(-1);
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
      {shown.length === 0 && <Typography.Text type="secondary">{t('demo.smsWaiting')}</Typography.Text>}
      {shown.map((message) => {
        const code = codeOf(message.body);
        return (
          <div key={`${message.to}-${message.at}`} data-testid="demo-sms-message">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('demo.smsTo', { to: message.to })} · {formatInstant(message.at)}
            </Typography.Text>
            <Typography.Paragraph style={{ margin: '6px 0' }} data-testid="demo-sms-body">
              {message.body}
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
          </div>
        );
      })}
    </Card>
  );
}
