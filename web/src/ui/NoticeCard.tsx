import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import type { NoticeText } from '../api/deskTypes.ts';
import { useI18n } from '../i18n/index.ts';
import { DateText } from './DateText.tsx';

interface Props {
  notice: NoticeText;
  /** Where the archived PDF of the slip is served for this reader (none: text only). */
  pdfHref?: string | null;
  testId?: string;
}

/**
 * A one-time notification slip (一次性告知单) as the applicant receives it: the same text as the
 * PDF and the outbox message, in the interface language when the server sent both.
 */
export function NoticeCard({ notice, pdfHref, testId = 'notice' }: Props) {
  const { t, lang } = useI18n();
  const text = lang === 'en' && notice.textEn ? notice.textEn : notice.textZh;
  return (
    <Card
      size="small"
      data-testid={testId}
      data-notice-id={notice.id}
      title={t(`noticeKind.${notice.kind}`)}
      extra={
        <Flex gap={8} align="center">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <DateText value={notice.createdAt} instant />
          </Typography.Text>
          {pdfHref && (
            <Button
              size="small"
              icon={<FilePdfOutlined />}
              href={pdfHref}
              target="_blank"
              rel="noopener"
              data-testid={`${testId}-pdf`}
            >
              {t('notice.pdf')}
            </Button>
          )}
        </Flex>
      }
      styles={{ body: { background: '#fffdf5' } }}
    >
      <Flex gap={6} wrap style={{ marginBottom: 8 }}>
        {notice.caseNumbers.map((n) => (
          <Tag key={n} className="mono">
            {n}
          </Tag>
        ))}
      </Flex>
      <div className="notice-text" data-testid={`${testId}-text`}>
        {text}
      </div>
    </Card>
  );
}
