import { Card, Typography } from 'antd';
import { useI18n } from '../../../i18n/index.ts';

/** Example requests of the payroll API with the host the page is served from. */
function examples(origin: string) {
  const auth = `  -H "Authorization: Bearer sbk_…" \\\n`;
  const post = (path: string, body: string) =>
    `curl -X POST ${origin}${path} \\\n${auth}  -H "Idempotency-Key: $(uuidgen)" \\\n  -H "Content-Type: application/json" \\\n  -d '${body}'`;
  return {
    list: `curl ${origin}/api/v1/employees?status=active \\\n${auth.trimEnd().replace(/ \\$/, '')}`,
    hire: post(
      '/api/v1/hires',
      '{"rows":[{"citizenId":"11010519491231002X","name":"张三","date":"2026-03-01","schemes":["pension","medical","unemployment","work_injury"]}]}',
    ),
    separate: post(
      '/api/v1/separations',
      '{"rows":[{"citizenId":"11010519491231002X","date":"2026-06-01","reason":"resignation"}]}',
    ),
    notice: post(
      '/api/v1/payment-notices',
      '{"amount":"12000.00","paidOn":"2026-06-10","bank":"中国工商银行杭州分行","reference":"ICBC202606100001","billNos":["JF20260600000123"]}',
    ),
  };
}

/** 接入说明: how payroll software calls the API with a key and an idempotency key. */
export function PayrollHowTo() {
  const { t } = useI18n();
  const ex = examples(window.location.origin);
  const code = (text: string, testId: string) => (
    <Typography.Paragraph copyable={{ text }} data-testid={testId}>
      <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }} className="mono">
        {text}
      </pre>
    </Typography.Paragraph>
  );
  return (
    <Card title={t('hreg.key.howTo')} data-testid="hreg-howto">
      <Typography.Paragraph>{t('hreg.key.howToText')}</Typography.Paragraph>
      <Typography.Text strong>{t('hreg.key.howToList')}</Typography.Text>
      {code(ex.list, 'hreg-howto-list')}
      <Typography.Text strong>{t('hreg.key.howToHire')}</Typography.Text>
      {code(ex.hire, 'hreg-howto-hire')}
      <Typography.Text strong>{t('hreg.key.howToSeparate')}</Typography.Text>
      {code(ex.separate, 'hreg-howto-separate')}
      <Typography.Text strong>{t('hreg.key.howToNotice')}</Typography.Text>
      {code(ex.notice, 'hreg-howto-notice')}
    </Card>
  );
}
