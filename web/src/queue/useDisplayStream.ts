import { useEffect, useRef, useState } from 'react';
import type { CallEvent, DisplayCall, HallDisplay } from '../api/deskTypes.ts';
import { fetchDisplay } from './queueApi.ts';

export type StreamMode = 'connecting' | 'live' | 'polling';

const pollMs = 5_000;
const reconnectMs = 30_000;

const callKey = (c: DisplayCall) => `${c.code}|${c.windowNumber}|${c.calledAt}`;

/**
 * The hall display's state, live: Server-Sent Events (`snapshot` replaces the state, `call` is
 * announced), and when the stream is unavailable or broken, polling the snapshot every 5 s, in
 * which case new calls are found by comparing the recent-call lists. A closed stream is retried.
 */
export function useDisplayStream(
  servicePointId: number,
  onCall: (call: DisplayCall | CallEvent) => void,
): { display: HallDisplay | null; mode: StreamMode; failed: unknown } {
  const [display, setDisplay] = useState<HallDisplay | null>(null);
  const [mode, setMode] = useState<StreamMode>('connecting');
  const [failed, setFailed] = useState<unknown>(null);
  const announce = useRef(onCall);
  useEffect(() => {
    announce.current = onCall;
  }, [onCall]);

  useEffect(() => {
    let stopped = false;
    let source: EventSource | null = null;
    let pollTimer: number | undefined;
    let retryTimer: number | undefined;
    const seen = new Set<string>();
    let primed = false;

    const accept = (snapshot: HallDisplay, fromPoll: boolean) => {
      if (stopped) return;
      // While polling, calls newer than the last snapshot are announced here (SSE sends `call`).
      if (fromPoll && primed) {
        for (const call of [...snapshot.recentCalls].reverse()) {
          if (!seen.has(callKey(call))) announce.current(call);
        }
      }
      for (const call of snapshot.recentCalls) seen.add(callKey(call));
      primed = true;
      setDisplay(snapshot);
      setFailed(null);
    };

    const poll = () => {
      fetchDisplay(servicePointId).then(
        (snapshot) => accept(snapshot, true),
        (error: unknown) => !stopped && setFailed(error),
      );
    };
    const startPolling = () => {
      if (pollTimer !== undefined || stopped) return;
      setMode('polling');
      poll();
      pollTimer = window.setInterval(poll, pollMs);
    };
    const stopPolling = () => {
      if (pollTimer !== undefined) window.clearInterval(pollTimer);
      pollTimer = undefined;
    };

    const connect = () => {
      if (stopped) return;
      if (typeof EventSource === 'undefined') return startPolling();
      source = new EventSource(`/api/public/queue/${servicePointId}/events`);
      source.addEventListener('snapshot', (event) => {
        stopPolling();
        setMode('live');
        accept(JSON.parse((event as MessageEvent<string>).data) as HallDisplay, false);
      });
      source.addEventListener('call', (event) => {
        const call = JSON.parse((event as MessageEvent<string>).data) as CallEvent;
        seen.add(callKey(call));
        announce.current(call);
      });
      source.onerror = () => {
        startPolling();
        if (source?.readyState === EventSource.CLOSED) {
          source = null;
          retryTimer = window.setTimeout(connect, reconnectMs);
        }
      };
    };
    connect();

    return () => {
      stopped = true;
      source?.close();
      stopPolling();
      if (retryTimer !== undefined) window.clearTimeout(retryTimer);
    };
  }, [servicePointId]);

  return { display, mode, failed };
}
