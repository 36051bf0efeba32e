import type { ReactNode } from 'react';
import { useCan } from '../../api/session.ts';
import { Forbidden } from '../../ui/Forbidden.tsx';

/** Renders the page only for holders of the permission (the server checks again on every call). */
export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? children : <Forbidden />;
}
