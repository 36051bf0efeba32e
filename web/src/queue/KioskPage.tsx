import { CheckOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { TakenTicket } from '../api/deskTypes.ts';
import { useI18n, useLocal, type Translate } from '../i18n/index.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatInstant } from '../ui/formatTime.ts';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { PageSpinner } from '../ui/PageSpinner.tsx';
import { useKiosk, useTakeTicket } from './queueApi.ts';
import { useServerClock } from './useServerClock.ts';
import './queue.css';

const backAfterSeconds = 30;

function estimateText(t: Translate, minutes: number): string {
  return minutes < 1 ? t('kiosk.noWait') : t('kiosk.estimate', { n: minutes });
}

function chinaTime(iso: string): string {
  return formatInstant(iso, false);
}

/** The taken ticket, large, printable; the kiosk returns to the categories by itself. */
function TicketView({ taken, onDone }: { taken: TakenTicket; onDone: () => void }) {
  const { t } = useI18n();
  const local = useLocal();
  const [left, setLeft] = useState(backAfterSeconds);
  useEffect(() => {
    const timer = window.setInterval(() => setLeft((n) => n - 1), 1000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left <= 0) onDone();
  }, [left, onDone]);
  const ticket = taken.ticket;
  return (
    <div className="kiosk-ticket-wrap" data-testid="kiosk-ticket">
      <div className="kiosk-ticket">
        <div className="kiosk-ticket-hall">{taken.servicePoint.name}</div>
        <div className="kiosk-ticket-label">{t('kiosk.yourNumber')}</div>
        <div className="kiosk-ticket-code tabular" data-testid="kiosk-ticket-code">
          {ticket.code}
        </div>
        <div className="kiosk-ticket-category">
          {local.name({ nameZh: ticket.categoryNameZh, nameEn: ticket.categoryNameEn })}
        </div>
        <div className="kiosk-ticket-ahead" data-testid="kiosk-ticket-ahead">
          {t('kiosk.ahead')} <b className="tabular">{taken.waitingAhead}</b> {t('display.people')}
        </div>
        {taken.estimatedWaitMinutes !== null && (
          <div className="kiosk-wait">{estimateText(t, taken.estimatedWaitMinutes)}</div>
        )}
        <div className="kiosk-ticket-small">
          {t('kiosk.takenAt', { time: chinaTime(ticket.takenAt) })}
          <br />
          {t('kiosk.ticketNote')}
        </div>
      </div>
      <div className="kiosk-actions">
        <Button size="large" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="kiosk-print">
          {t('kiosk.print')}
        </Button>
        <Button type="primary" size="large" icon={<CheckOutlined />} onClick={onDone} data-testid="kiosk-done">
          {t('kiosk.done')}
        </Button>
      </div>
      <div className="kiosk-countdown kiosk-footer">{t('kiosk.backIn', { n: Math.max(left, 0) })}</div>
    </div>
  );
}

/** `/queue/:servicePointId/kiosk`: the hall's ticket machine: one large button per queue category. */
export default function KioskPage() {
  const servicePointId = Number(useParams().servicePointId);
  const { t } = useI18n();
  const local = useLocal();
  const kiosk = useKiosk(servicePointId);
  const take = useTakeTicket(servicePointId);
  const [taken, setTaken] = useState<TakenTicket | null>(null);
  const clock = useServerClock(kiosk.data?.now);
  const { reset } = take;
  useEffect(() => {
    if (!take.error) return;
    const timer = window.setTimeout(reset, 10_000);
    return () => window.clearTimeout(timer);
  }, [take.error, reset]);

  if (kiosk.isPending) return <PageSpinner />;
  if (!kiosk.data) {
    return (
      <div className="queue-screen kiosk">
        <ErrorAlert error={kiosk.error} />
      </div>
    );
  }
  const k = kiosk.data;
  const hours = k.todayHours.map((h) => `${h.open}–${h.close}`).join(t('punct.list'));
  return (
    <div className="queue-screen kiosk" data-testid="kiosk">
      <header className="kiosk-header">
        <div>
          <div className="kiosk-hall">{k.servicePoint.name}</div>
          <div className="kiosk-sub">
            {t('kiosk.title')} · {hours ? t('kiosk.hoursToday', { hours }) : t('kiosk.closedToday')}
          </div>
        </div>
        <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
          <span className="kiosk-clock tabular">{clock}</span>
          <LanguageSwitch size="middle" />
        </div>
      </header>
      {taken ? (
        <TicketView taken={taken} onDone={() => setTaken(null)} />
      ) : (
        <>
          <div className="kiosk-title">{t('kiosk.choose')}</div>
          <ErrorAlert error={take.error} testId="kiosk-error" />
          {!k.issuing && (
            <div className="kiosk-closed" data-testid="kiosk-not-issuing">
              {t('kiosk.notIssuing')}
              {hours && <div style={{ fontSize: 22, marginTop: 12 }}>{t('kiosk.hoursToday', { hours })}</div>}
            </div>
          )}
          <div className="kiosk-categories">
            {k.categories.map((c) => (
              <button
                key={c.id}
                type="button"
                className="kiosk-category"
                disabled={!k.issuing || take.isPending}
                onClick={() => take.mutate(c.id, { onSuccess: setTaken })}
                data-testid={`kiosk-category-${c.letter}`}
              >
                <span className="kiosk-letter">{c.letter}</span>
                <span>
                  <div className="kiosk-name">{local.name(c)}</div>
                  <div className="kiosk-wait">{t('kiosk.waiting', { n: c.waiting })}</div>
                  {c.estimatedWaitMinutes !== null && (
                    <div className="kiosk-wait">{estimateText(t, c.estimatedWaitMinutes)}</div>
                  )}
                </span>
              </button>
            ))}
          </div>
        </>
      )}
      <div className="kiosk-footer">{t('kiosk.footer')}</div>
    </div>
  );
}
