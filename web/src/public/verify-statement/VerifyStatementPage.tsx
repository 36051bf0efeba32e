import { CheckCircleFilled, WarningFilled } from '@ant-design/icons';
import { Card, Descriptions, Result, Typography } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { useCheckStatement, type StatementCheck } from '../hall/statements/statementsApi.ts';
import { VerifyLookup } from '../verify/VerifyLookup.tsx';

/** Whether the statement, rendered again as known when issued, is the one issued; else which parts differ. */
function ContentVerdict({ check }: { check: StatementCheck }) {
  const { t } = useI18n();
  if (check.content === 'identical')
    return (
      <Typography.Text type="success" data-testid="verify-statement-content" data-content="identical">
        <CheckCircleFilled /> {t('stmt.verify.identical')}
      </Typography.Text>
    );
  const parts = check.differences.map((part) => t(`stmt.verify.part.${part}`)).join(t('stmt.verify.partSeparator'));
  return (
    <Typography.Text type="danger" data-testid="verify-statement-content" data-content="different">
      <WarningFilled /> {t('stmt.verify.different', { parts })}
    </Typography.Text>
  );
}

function CheckAnswer({ check }: { check: StatementCheck }) {
  const { t } = useI18n();
  const colour = check.content === 'identical' ? '#389e0d' : '#cf1322';
  return (
    <Card data-testid="verify-statement-result" style={{ borderTop: `4px solid ${colour}` }}>
      <Result
        status="success"
        icon={<CheckCircleFilled style={{ color: colour, fontSize: 64 }} />}
        title={<span data-testid="verify-statement-verdict">{t('stmt.verify.valid')}</span>}
        subTitle={<span className="mono">{check.statementNo}</span>}
        style={{ padding: '16px 0' }}
      />
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'year', label: t('stmt.verify.year'), children: check.year },
          { key: 'holder', label: t('stmt.verify.holder'), children: check.holder },
          { key: 'issuedAt', label: t('stmt.verify.issuedAt'), children: <DateText value={check.issuedAt} instant /> },
          { key: 'content', label: t('stmt.verify.content'), children: <ContentVerdict check={check} /> },
        ]}
      />
    </Card>
  );
}

/**
 * `/verify-statement`: anyone checks an annual rights statement by its number and verification
 * code. The QR code on a statement opens `/verify-statement?no=…&code=…`, which checks at once.
 */
export default function VerifyStatementPage() {
  return (
    <VerifyLookup
      check={useCheckStatement()}
      notFoundCode="statement_not_found"
      testId="verify-statement"
      texts={{
        title: 'stmt.verify.title',
        intro: 'stmt.verify.intro',
        no: 'stmt.verify.no',
        code: 'stmt.verify.code',
        check: 'stmt.verify.check',
        notFound: 'stmt.verify.notFound',
        notFoundText: 'stmt.verify.notFoundText',
        emptyHint: 'stmt.verify.emptyHint',
      }}
      renderResult={(check) => <CheckAnswer check={check} />}
    />
  );
}
