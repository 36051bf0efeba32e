import { useEffect, useState } from 'react';
import { formatChinaClock } from '../ui/formatTime.ts';

/**
 * The time of day in China, following the server's clock (the last `now` it reported) rather
 * than the device's, ticking every second: the kiosk and the display show the hall's time.
 */
export function useServerClock(serverNow: string | undefined): string {
  const [offset, setOffset] = useState(0);
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    if (serverNow) setOffset(Date.parse(serverNow) - Date.now());
  }, [serverNow]);
  useEffect(() => {
    const timer = window.setInterval(() => setTick(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return formatChinaClock(new Date(tick + offset), true);
}
