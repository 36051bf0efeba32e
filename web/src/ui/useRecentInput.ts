import { useEffect, useState } from 'react';

const events = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Whether the user touched the mouse or keyboard within the last `windowMs`. Pages that poll the
 * server stop polling when this turns false, so that polling does not keep an unattended session
 * alive past the idle timeout (the server counts every request as activity).
 */
export function useRecentInput(windowMs = 120_000): boolean {
  const [active, setActive] = useState(true);
  useEffect(() => {
    let last = Date.now();
    const touch = () => {
      last = Date.now();
      setActive(true);
    };
    for (const e of events) window.addEventListener(e, touch, { passive: true });
    const timer = window.setInterval(() => setActive(Date.now() - last < windowMs), 10_000);
    return () => {
      for (const e of events) window.removeEventListener(e, touch);
      window.clearInterval(timer);
    };
  }, [windowMs]);
  return active;
}
