/**
 * Live updates of the hall displays as Server-Sent Events. Writers notify the hub after their
 * transaction commits; every open stream of that hall gets a fresh snapshot at once. A periodic
 * tick re-reads the display (changes made by another server node appear within one tick) and
 * keeps idle proxies from closing the stream. `close()` ends every stream so the server can stop.
 */
import type { Announcement, Display } from './queue.model.ts';
import { rejectQueue } from './queue.rejections.ts';

export interface EventSink {
  write(chunk: string): void;
  end(): void;
}

export interface QueueEventsOptions {
  /** Re-read the display and send a keep-alive this often. */
  readonly tickMs: number;
  /** Open streams per hall and in all. */
  readonly perPointMax: number;
  readonly totalMax: number;
  /** Reconnection delay the browser should use. */
  readonly retryMs: number;
}

export const QUEUE_EVENTS_DEFAULTS: QueueEventsOptions = {
  tickMs: 10_000,
  perPointMax: 50,
  totalMax: 2_000,
  retryMs: 3_000,
};

interface Subscriber {
  readonly sink: EventSink;
  nextId: number;
}

interface Channel {
  readonly subscribers: Set<Subscriber>;
  /** The last snapshot sent, without its `now`, to tell whether anything changed. */
  last: string | null;
  /** Loads are numbered so a slow, older load never overwrites a newer snapshot. */
  loadsStarted: number;
  newestSent: number;
  readonly timer: NodeJS.Timeout;
}

function frame(subscriber: Subscriber, event: string, data: unknown): string {
  subscriber.nextId += 1;
  return `id: ${subscriber.nextId}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** The per-hall broadcaster of display snapshots and call announcements. */
export class QueueEvents {
  private readonly channels = new Map<number, Channel>();
  private total = 0;
  private closed = false;

  constructor(
    private readonly load: (pointId: number) => Promise<Display>,
    private readonly options: QueueEventsOptions = QUEUE_EVENTS_DEFAULTS,
  ) {}

  /** Opens a stream for a hall: the first snapshot follows at once. Returns the unsubscribe function. */
  subscribe(pointId: number, sink: EventSink): () => void {
    if (this.closed) {
      sink.end();
      return () => undefined;
    }
    const channel = this.channels.get(pointId);
    if ((channel?.subscribers.size ?? 0) >= this.options.perPointMax || this.total >= this.options.totalMax)
      throw rejectQueue('queue_display_connections_full');
    const subscriber: Subscriber = { sink, nextId: 0 };
    this.channelOf(pointId).subscribers.add(subscriber);
    this.total += 1;
    sink.write(`retry: ${this.options.retryMs}\n\n`);
    // Everyone at the hall gets the snapshot: one load, and its order against other loads is kept.
    void this.refresh(pointId, true);
    return () => this.unsubscribe(pointId, subscriber);
  }

  /** Something changed at a hall: send every stream a new snapshot, after the call to announce if any. */
  changed(pointId: number, announcement: Announcement | null = null): void {
    const channel = this.channels.get(pointId);
    if (!channel) return;
    if (announcement) for (const s of channel.subscribers) this.send(pointId, s, 'call', announcement);
    void this.refresh(pointId, true);
  }

  /** Ends every stream and stops the timers; later subscriptions end at once. */
  close(): void {
    this.closed = true;
    for (const channel of this.channels.values()) {
      clearInterval(channel.timer);
      for (const s of channel.subscribers) s.sink.end();
    }
    this.channels.clear();
    this.total = 0;
  }

  /** Open streams of a hall (for tests and monitoring). */
  count(pointId: number): number {
    return this.channels.get(pointId)?.subscribers.size ?? 0;
  }

  private channelOf(pointId: number): Channel {
    let channel = this.channels.get(pointId);
    if (!channel) {
      const timer = setInterval(() => this.tick(pointId), this.options.tickMs);
      timer.unref();
      channel = { subscribers: new Set(), last: null, loadsStarted: 0, newestSent: 0, timer };
      this.channels.set(pointId, channel);
    }
    return channel;
  }

  private unsubscribe(pointId: number, subscriber: Subscriber): void {
    const channel = this.channels.get(pointId);
    if (!channel?.subscribers.delete(subscriber)) return;
    this.total -= 1;
    if (channel.subscribers.size === 0) {
      clearInterval(channel.timer);
      this.channels.delete(pointId);
    }
  }

  private tick(pointId: number): void {
    const channel = this.channels.get(pointId);
    if (!channel) return;
    for (const s of channel.subscribers) s.sink.write(': ping\n\n');
    void this.refresh(pointId, false);
  }

  private async refresh(pointId: number, force: boolean): Promise<void> {
    const started = this.channels.get(pointId);
    if (!started) return;
    const load = ++started.loadsStarted;
    let display: Display;
    try {
      display = await this.load(pointId);
    } catch {
      return; // the database may be closing or busy; the next tick tries again
    }
    const channel = this.channels.get(pointId);
    if (channel !== started || load < channel.newestSent) return;
    channel.newestSent = load;
    const fingerprint = JSON.stringify({ ...display, now: null });
    if (!force && fingerprint === channel.last) return;
    channel.last = fingerprint;
    for (const s of channel.subscribers) this.send(pointId, s, 'snapshot', display);
  }

  private send(pointId: number, subscriber: Subscriber, event: string, data: unknown): void {
    if (!this.channels.get(pointId)?.subscribers.has(subscriber)) return;
    subscriber.sink.write(frame(subscriber, event, data));
  }
}
