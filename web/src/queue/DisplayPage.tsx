import { SoundOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { CallEvent, DisplayCall } from '../api/deskTypes.ts';
import { useI18n, useLocal } from '../i18n/index.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatChinaClock } from '../ui/formatTime.ts';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { PageSpinner } from '../ui/PageSpinner.tsx';
import { chime, speak } from './chime.ts';
import { useDisplayStream } from './useDisplayStream.ts';
import { useServerClock } from './useServerClock.ts';
import './queue.css';

const flashMs = 8_000;

/**
 * `/queue/:servicePointId/display`: the hall's calling screen in large type: the latest call, the
 * recent ones with their windows, every window's current number and the waiting per category.
 * Live over Server-Sent Events with a polling fallback; numbers only, never personal data.
 */
export default function DisplayPage() {
  const servicePointId = Number(useParams().servicePointId);
  const { t, lang } = useI18n();
  const local = useLocal();
  const [flash, setFlash] = useState<DisplayCall | null>(null);
  const [sound, setSound] = useState(false);

  const onCall = useCallback(
    (call: DisplayCall | CallEvent) => {
      setFlash(call);
      if (!sound) return;
      chime();
      const text =
        'textZh' in call
          ? lang === 'en'
            ? call.textEn
            : call.textZh
          : t('display.callText', { code: call.code, window: call.windowNumber });
      window.setTimeout(() => speak(text, lang), 700);
    },
    [sound, lang, t],
  );
  const { display, mode, failed } = useDisplayStream(servicePointId, onCall);
  const clock = useServerClock(display?.now);

  useEffect(() => {
    if (!flash) return;
    const timer = window.setTimeout(() => setFlash(null), flashMs);
    return () => window.clearTimeout(timer);
  }, [flash]);

  if (!display) {
    return <div className="queue-screen display">{failed ? <ErrorAlert error={failed} /> : <PageSpinner />}</div>;
  }
  const latest = display.recentCalls[0] ?? null;
  return (
    <div className="queue-screen display" data-testid="hall-display" data-mode={mode}>
      <header className="display-header">
        <div>
          <div className="display-hall" data-testid="display-hall">
            {display.servicePoint.name}
          </div>
          <div className="display-sub">{t('display.title')}</div>
        </div>
        <div className="display-header-right">
          <button
            type="button"
            className={`display-sound ${sound ? 'on' : ''}`}
            onClick={() => setSound((s) => !s)}
            title={t('display.soundHint')}
            data-testid="display-sound"
          >
            <SoundOutlined /> {t(sound ? 'display.soundOn' : 'display.soundOff')}
          </button>
          <span className={`display-mode ${mode}`} data-testid="display-mode">
            ● {t(`display.mode.${mode}`)}
          </span>
          <span className="display-clock tabular">{clock}</span>
          <LanguageSwitch />
        </div>
      </header>
      {failed !== null && mode === 'polling' && <div className="display-offline">{t('display.offline')}</div>}
      <main className="display-main">
        <section className={`display-latest ${flash ? 'flash' : ''}`} data-testid="display-latest">
          <div className="display-label">{t('display.nowCalling')}</div>
          {latest ? (
            <>
              <div className="display-latest-code tabular" data-testid="display-latest-code">
                {latest.code}
              </div>
              <div className="display-latest-window" data-testid="display-latest-window">
                {t('display.goToWindow', { window: latest.windowNumber })}
              </div>
              <div className="display-latest-name">{latest.windowName}</div>
            </>
          ) : (
            <div className="display-idle">{t('display.noCalls')}</div>
          )}
          <table className="display-recent" data-testid="display-recent">
            <thead>
              <tr>
                <th>{t('display.ticket')}</th>
                <th>{t('display.window')}</th>
                <th>{t('display.calledAt')}</th>
              </tr>
            </thead>
            <tbody>
              {display.recentCalls.slice(1, 8).map((c) => (
                <tr key={`${c.code}-${c.calledAt}`}>
                  <td className="tabular">
                    {c.code}
                    {c.recall && <span className="display-recall">{t('display.recall')}</span>}
                  </td>
                  <td>{t('display.windowNumber', { window: c.windowNumber })}</td>
                  <td className="tabular">{timeOfDay(c.calledAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="display-windows">
          {display.windows.map((w) => (
            <div
              key={w.number}
              className={`display-window ${w.status ?? 'idle'}`}
              data-testid={`display-window-${w.number}`}
            >
              <div className="display-window-number">{t('display.windowNumber', { window: w.number })}</div>
              <div className="display-window-name">{w.name}</div>
              <div className="display-window-code tabular">{w.current ?? '—'}</div>
              <div className="display-window-status">{t(`display.status.${w.status ?? 'idle'}`)}</div>
            </div>
          ))}
        </section>
      </main>
      <footer className="display-footer">
        <span className="display-label">{t('display.waiting')}</span>
        {display.waiting.map((w) => (
          <span key={w.categoryId} className="display-waiting" data-testid={`display-waiting-${w.letter}`}>
            <b>{w.letter}</b> {local.name(w)} <b className="tabular">{w.waiting}</b> {t('display.people')}
          </span>
        ))}
      </footer>
    </div>
  );
}

function timeOfDay(iso: string): string {
  return formatChinaClock(new Date(iso));
}
