import { CalendarOutlined } from '@ant-design/icons';
import { Alert, Button, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { type HolidayBlock, type HolidayYearView, type NoticeLoaded, useHolidayYears } from './calendarApi.ts';
import { NoticeModal } from './NoticeModal.tsx';

const origins: Record<HolidayYearView['origin'], { color: string; key: MessageKey }> = {
  built_in: { color: 'default', key: 'calendar.origin.built_in' },
  added: { color: 'green', key: 'calendar.origin.added' },
  provisional: { color: 'gold', key: 'calendar.origin.provisional' },
};

const daysBetween = (first: string, last: string) =>
  Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) + 1;

/** The holidays of one year: each block's days off and the weekend days worked for it. */
function Blocks({ blocks }: { blocks: HolidayBlock[] }) {
  const { t, lang } = useI18n();
  return (
    <Table<HolidayBlock>
      size="small"
      pagination={false}
      rowKey={(b) => `${b.name.en}-${b.firstDayOff}`}
      dataSource={blocks}
      columns={[
        { title: t('calendar.holiday'), render: (_, b) => (lang === 'en' ? b.name.en : b.name.zh) },
        {
          title: t('calendar.daysOff'),
          render: (_, b) => (
            <>
              <DateText value={b.firstDayOff} /> – <DateText value={b.lastDayOff} />{' '}
              <Typography.Text type="secondary">
                {t('calendar.dayCount', { n: daysBetween(b.firstDayOff, b.lastDayOff) })}
              </Typography.Text>
            </>
          ),
        },
        {
          title: t('calendar.makeUp'),
          render: (_, b) => (b.makeUpWorkdays.length === 0 ? '—' : b.makeUpWorkdays.join(t('punct.list'))),
        },
      ]}
    />
  );
}

/** What the last notice loaded did to the deadlines counted provisionally. */
function Recounted({ loaded }: { loaded: NoticeLoaded }) {
  const { t } = useI18n();
  const kinds = Object.entries(loaded.recounted).map(([kind, r]) =>
    t('calendar.recountLine', {
      kind: t(kind === 'cases' ? 'calendar.kind.cases' : 'calendar.kind.callbacks'),
      checked: r.checked,
      moved: r.moved,
      settled: r.settled,
    }),
  );
  return (
    <Alert
      type="success"
      showIcon
      closable
      data-testid="notice-loaded"
      title={t('calendar.loaded', { year: loaded.year })}
      description={kinds.join(t('punct.list'))}
      style={{ marginBottom: 16 }}
    />
  );
}

/**
 * `/staff/holidays`: the system administrator's holiday calendar: the State Council notices it
 * holds, the years it answers provisionally from the statutory holidays, and loading a notice
 * (after which the provisional deadlines are counted again and their owners told).
 */
export default function HolidayCalendarPage() {
  const { t } = useI18n();
  const years = useHolidayYears();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<NoticeLoaded | null>(null);
  const provisional = (years.data ?? []).filter((y) => y.origin === 'provisional');
  return (
    <>
      <PageTitle
        title={t('calendar.title')}
        description={t('calendar.description')}
        extra={
          <Button type="primary" icon={<CalendarOutlined />} onClick={() => setOpen(true)} data-testid="notice-load">
            {t('calendar.load')}
          </Button>
        }
      />
      {loaded && <Recounted loaded={loaded} />}
      {provisional.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="provisional-years"
          title={t('calendar.provisionalInUse', { years: provisional.map((y) => y.year).join(t('punct.list')) })}
          description={t('calendar.provisionalHint')}
          style={{ marginBottom: 16 }}
        />
      )}
      <ErrorAlert error={years.error} />
      <Table<HolidayYearView>
        rowKey="year"
        loading={years.isFetching}
        dataSource={years.data ?? []}
        pagination={false}
        expandable={{ expandedRowRender: (y) => <Blocks blocks={y.blocks} /> }}
        data-testid="holiday-years"
        columns={[
          { title: t('calendar.year'), dataIndex: 'year', width: 90 },
          {
            title: t('calendar.origin'),
            width: 130,
            render: (_, y) => <Tag color={origins[y.origin].color}>{t(origins[y.origin].key)}</Tag>,
          },
          { title: t('calendar.source'), dataIndex: 'source' },
          {
            title: t('calendar.addedAt'),
            width: 220,
            render: (_, y) =>
              y.addedAt ? (
                <>
                  <DateText value={y.addedAt} instant /> {y.addedBy}
                </>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <NoticeModal
        open={open}
        template={provisional.at(-1) ?? null}
        onClose={() => setOpen(false)}
        onLoaded={setLoaded}
      />
    </>
  );
}
