import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Rejection } from '../../kernel/rejection.ts';
import { QueueEvents } from './queue.events.ts';
import type { Display } from './queue.model.ts';

function display(waiting: number, now = '2026-03-02T01:00:00.000Z'): Display {
  return {
    servicePoint: { id: 1, name: '大厅' },
    day: '2026-03-02',
    now,
    recentCalls: [],
    windows: [],
    waiting: [{ categoryId: 1, letter: 'A', nameZh: '综合业务', nameEn: 'General business', waiting }],
  };
}

function sink() {
  const chunks: string[] = [];
  return {
    chunks,
    ended: false,
    write: (c: string) => void chunks.push(c),
    end() {
      this.ended = true;
    },
  };
}

const events = (chunks: string[]) => chunks.filter((c) => c.startsWith('id:')).map((c) => /event: (\w+)/.exec(c)![1]);

describe('hall display events', () => {
  let waiting = 0;
  let hub: QueueEvents;
  beforeEach(() => {
    vi.useFakeTimers();
    waiting = 0;
    hub = new QueueEvents(async () => display(waiting, new Date().toISOString()), {
      tickMs: 1000,
      perPointMax: 2,
      totalMax: 3,
      retryMs: 3000,
    });
  });
  afterEach(() => {
    hub.close();
    vi.useRealTimers();
  });

  it('sends the retry delay and a first snapshot, then one after every change with the call first', async () => {
    const s = sink();
    hub.subscribe(1, s);
    await vi.advanceTimersByTimeAsync(0);
    expect(s.chunks[0]).toBe('retry: 3000\n\n');
    expect(s.chunks[1]).toMatch(/^id: 1\nevent: snapshot\ndata: \{/);
    waiting = 1;
    hub.changed(1, {
      code: 'A001',
      windowNumber: '01',
      windowName: '综合',
      recall: false,
      calledAt: '',
      textZh: '',
      textEn: '',
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(events(s.chunks)).toEqual(['snapshot', 'call', 'snapshot']);
    expect(s.chunks.at(-1)).toContain('"waiting":1');
    expect(s.chunks.at(-1)).toMatch(/^id: 3\n/);
  });

  it('pings on every tick and re-sends the snapshot only when it changed', async () => {
    const s = sink();
    hub.subscribe(1, s);
    await vi.advanceTimersByTimeAsync(1000);
    expect(s.chunks.filter((c) => c === ': ping\n\n')).toHaveLength(1);
    expect(events(s.chunks)).toEqual(['snapshot']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(events(s.chunks)).toEqual(['snapshot']);
    waiting = 5; // changed by another node: seen on the next tick
    await vi.advanceTimersByTimeAsync(1000);
    expect(events(s.chunks)).toEqual(['snapshot', 'snapshot']);
  });

  it('limits streams per hall and in all, and frees a place on unsubscribe', () => {
    const first = hub.subscribe(1, sink());
    hub.subscribe(1, sink());
    expect(() => hub.subscribe(1, sink())).toThrow(Rejection);
    first();
    expect(hub.count(1)).toBe(1);
    hub.subscribe(1, sink());
    hub.subscribe(2, sink());
    expect(() => hub.subscribe(3, sink())).toThrowError(/queue_display_connections_full/);
  });

  it('ends every stream on close and refuses later ones by ending them', () => {
    const a = sink();
    const b = sink();
    hub.subscribe(1, a);
    hub.subscribe(2, b);
    hub.close();
    expect([a.ended, b.ended]).toEqual([true, true]);
    const late = sink();
    hub.subscribe(1, late);
    expect(late.ended).toBe(true);
    expect(hub.count(1)).toBe(0);
  });

  it('survives a failing load and never sends an older snapshot after a newer one', async () => {
    let calls = 0;
    const resolvers: Array<(d: Display) => void> = [];
    const slow = new QueueEvents(
      () => {
        calls += 1;
        if (calls === 2) return Promise.reject(new Error('database closing'));
        return new Promise<Display>((resolve) => resolvers.push(resolve));
      },
      { tickMs: 60_000, perPointMax: 5, totalMax: 5, retryMs: 1000 },
    );
    const s = sink();
    slow.subscribe(1, s); // load 1 (pending)
    slow.changed(1); // load 2 fails
    slow.changed(1); // load 3 (pending)
    slow.changed(1); // load 4 (pending)
    await vi.advanceTimersByTimeAsync(0);
    resolvers[2]!(display(4)); // the newest finishes first
    await vi.advanceTimersByTimeAsync(0);
    resolvers[1]!(display(3)); // older ones finish later: dropped
    resolvers[0]!(display(1));
    await vi.advanceTimersByTimeAsync(0);
    const snapshots = s.chunks.filter((c) => c.includes('event: snapshot'));
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toContain('"waiting":4');
    slow.close();
  });
});
