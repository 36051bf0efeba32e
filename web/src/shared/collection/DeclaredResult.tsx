import { Alert, Button } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/index.ts';
import type { DeclarationReceipt } from './collectionTypes.ts';
import { MoneyText } from '../../ui/MoneyText.tsx';
import { periodLabel } from '../../ui/periods.ts';

/** What a declaration answered: its number and revision, and the bill it issued at once. */
export function DeclaredResult({ result, billsHref }: { result: DeclarationReceipt; billsHref?: string }) {
  const { t } = useI18n();
  const bill = result.bill;
  return (
    <Alert
      type="success"
      showIcon
      data-testid="coll-declared"
      data-declaration-no={result.declarationNo}
      title={t('hcoll.declare.done', {
        no: result.declarationNo,
        period: periodLabel(result.period),
        revision: result.revision,
      })}
      description={
        <>
          {bill ? (
            <div data-testid="coll-declared-bill" data-bill-no={bill.billNo}>
              {t('hcoll.declare.billIssued', { no: bill.billNo })} <MoneyText value={bill.total} />
            </div>
          ) : (
            <div>{t('hcoll.declare.billSoon')}</div>
          )}
          {result.notDeclared.length > 0 && (
            <div data-testid="coll-declared-missing" style={{ color: '#ad6800' }}>
              {t('hcoll.declare.notDeclared', {
                n: result.notDeclared.length,
                names: result.notDeclared.map((p) => `${p.name}（${p.idMasked}）`).join(t('coll.listSeparator')),
              })}
            </div>
          )}
        </>
      }
      action={
        billsHref && (
          <Link to={billsHref} data-testid="coll-declared-to-bills">
            <Button size="small">{t('hcoll.declare.toBills')}</Button>
          </Link>
        )
      }
    />
  );
}
