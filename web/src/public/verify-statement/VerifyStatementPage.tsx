import { CheckCircleFilled } from '@ant-design/icons';
import { Card, Descriptions, Result } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { useCheckStatement, type StatementCheck } from '../hall/statements/statementsApi.ts';
import { VerifyLookup } from '../verify/VerifyLookup.tsx';

function CheckAnswer({ check }: { check: StatementCheck }) {
  const { t } = useI18n();
  return (
    <Card data-testid="verify-statement-result" style={{ borderTop: '4px solid #389e0d' }}>
      <Result
        status="success"
        icon={<CheckCircleFilled style={{ color: '#389e0d', fontSize: 64 }} />}
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
