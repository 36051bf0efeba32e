import { Button, Card, Descriptions, Table, Tag, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link, useParams } from 'react-router';
import { useCan } from '../../../api/session.ts';
import { useI18n, useLocal } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { CorrectionsTable } from '../corrections/CorrectionsTable.tsx';
import { useEntry } from '../ledgerApi.ts';
import type { EntryDetail, LineView } from '../ledgerTypes.ts';
import { CorrectionForm } from './CorrectionForm.tsx';
import { MoneyText } from '../../../ui/MoneyText.tsx';
import { sumDecimals } from '../../../ui/money.ts';

const Hash = ({ value }: { value: string }) => (
  <Typography.Text className="mono" copyable={{ text: value }} style={{ wordBreak: 'break-all' }}>
    {value}
  </Typography.Text>
);

function EntryFacts({ detail }: { detail: EntryDetail }) {
  const { t } = useI18n();
  const e = detail.entry;
  const link = (id: number | null) => (id === null ? '—' : <Link to={`/staff/ledger/entries/${id}`}>#{id}</Link>);
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
      <Descriptions.Item label={t('ledger.entry.kind')}>
        <Tag color={e.kind === 'reversal' ? 'orange' : 'default'}>{t(`ledger.entryKind.${e.kind}`)}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('ledger.entry.amount')}>
        <MoneyText value={e.amount} testId="entry-amount" />
      </Descriptions.Item>
      <Descriptions.Item label={t('ledger.entry.effectiveOn')}>
        <DateText value={e.effectiveOn} />
      </Descriptions.Item>
      <Descriptions.Item label={t('ledger.entry.period')}>{e.period ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('ledger.entry.bookedAt')}>
        <DateText value={e.bookedAt} instant />
      </Descriptions.Item>
      <Descriptions.Item label={t('ledger.entry.source')}>{`${e.sourceModule} · ${e.sourceRef}`}</Descriptions.Item>
      <Descriptions.Item label={t('ledger.entry.reason')} span={2}>
        {e.reason}
      </Descriptions.Item>
      <Descriptions.Item label={t('ledger.entry.key')} span={2}>
        <span className="mono">{e.idempotencyKey}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('ledger.entry.reverses')}>{link(e.reversesEntryId)}</Descriptions.Item>
      <Descriptions.Item label={t('ledger.entry.reversedBy')}>{link(e.reversedByEntryId)}</Descriptions.Item>
    </Descriptions>
  );
}

/** 合计: debits and credits summed exactly; a posted entry's two figures are equal. */
function LinesTotal({ lines }: { lines: LineView[] }) {
  const { t } = useI18n();
  const total = (side: LineView['side']) => sumDecimals(lines.filter((l) => l.side === side).map((l) => l.amount));
  return (
    <Table.Summary.Row data-testid="entry-lines-total">
      <Table.Summary.Cell index={0} colSpan={4}>
        <Typography.Text strong>{t('ledger.entry.total')}</Typography.Text>
      </Table.Summary.Cell>
      <Table.Summary.Cell index={4} align="right">
        <MoneyText value={total('debit')} testId="lines-total-debit" />
      </Table.Summary.Cell>
      <Table.Summary.Cell index={5} align="right">
        <MoneyText value={total('credit')} testId="lines-total-credit" />
      </Table.Summary.Cell>
    </Table.Summary.Row>
  );
}

function Lines({ lines }: { lines: LineView[] }) {
  const { t } = useI18n();
  const local = useLocal();
  return (
    <Table<LineView>
      rowKey="lineNo"
      size="small"
      pagination={false}
      dataSource={lines}
      scroll={{ x: 'max-content' }}
      onRow={(l) => ({ 'data-testid': `entry-line-${l.lineNo}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: '#', dataIndex: 'lineNo' },
        {
          title: t('ledger.account.code'),
          key: 'account',
          render: (_, l) => (
            <Link to={`/staff/ledger/accounts/${l.accountId}`} className="mono">
              {l.accountCode}
            </Link>
          ),
        },
        {
          title: t('ledger.account.name'),
          key: 'name',
          render: (_, l) => local.name({ nameZh: l.accountNameZh, nameEn: l.accountNameEn }),
        },
        {
          title: t('ledger.person'),
          key: 'person',
          render: (_, l) => (l.personId === null ? '—' : `${l.personName ?? ''} #${l.personId}`),
        },
        {
          title: t('ledger.debit'),
          key: 'debit',
          align: 'right',
          render: (_, l) => (l.side === 'debit' ? <MoneyText value={l.amount} testId="line-debit" /> : ''),
        },
        {
          title: t('ledger.credit'),
          key: 'credit',
          align: 'right',
          render: (_, l) => (l.side === 'credit' ? <MoneyText value={l.amount} testId="line-credit" /> : ''),
        },
      ]}
      summary={() => <LinesTotal lines={lines} />}
    />
  );
}

/** `/staff/ledger/entries/:id`: an entry's lines, its batch in the hash chain, reversal links and corrections. */
export default function EntryPage() {
  const { t } = useI18n();
  const can = useCan();
  const id = Number(useParams().id);
  const entry = useEntry(id);
  const [proposing, setProposing] = useState(false);
  const detail = entry.data;
  const correctable =
    detail !== undefined &&
    detail.entry.reversedByEntryId === null &&
    !detail.corrections.some((c) => c.status === 'proposed');
  return (
    <>
      <PageTitle
        title={t('ledger.entry.title', { id })}
        extra={
          can('ledger.post') && correctable ? (
            <Button danger onClick={() => setProposing(true)} data-testid="entry-correct">
              {t('ledger.correction.button')}
            </Button>
          ) : null
        }
      />
      <ErrorAlert error={entry.error} />
      {detail && (
        <>
          <EntryFacts detail={detail} />
          <Card size="small" title={t('ledger.entry.lines')} style={{ marginBottom: 16 }}>
            <Lines lines={detail.lines} />
          </Card>
          <Card size="small" title={t('ledger.batch.title', { no: detail.batch.batchNo })} style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('ledger.batch.source')}>{detail.batch.source}</Descriptions.Item>
              <Descriptions.Item label={t('ledger.batch.entries')}>{detail.batch.entryCount}</Descriptions.Item>
              <Descriptions.Item label={t('ledger.batch.entryHash')}>
                <Hash value={detail.entry.entryHash} />
              </Descriptions.Item>
              <Descriptions.Item label={t('ledger.batch.merkleRoot')}>
                <Hash value={detail.batch.merkleRoot} />
              </Descriptions.Item>
              <Descriptions.Item label={t('ledger.batch.prevHash')}>
                <Hash value={detail.batch.prevHash} />
              </Descriptions.Item>
              <Descriptions.Item label={t('ledger.batch.hash')}>
                <Hash value={detail.batch.batchHash} />
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card size="small" title={t('ledger.menu.corrections')}>
            <CorrectionsTable corrections={detail.corrections} />
          </Card>
        </>
      )}
      <CorrectionForm entryId={id} open={proposing} onClose={() => setProposing(false)} />
    </>
  );
}
