import { useQuery } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import { useCan } from '../../api/session.ts';
import type { Staff } from '../../api/types.ts';
import { staffKey } from './staffApi.ts';

/** A staff id shown as the person's name when the user may read staff, else as `#id`. */
export function StaffName({ id }: { id: number | string | null | undefined }) {
  const canRead = useCan()('staff.read');
  const staff = useQuery({
    queryKey: [...staffKey, 'one', id],
    queryFn: () => http.get<Staff>(`/api/staff/${id}`),
    enabled: canRead && id !== null && id !== undefined,
    staleTime: 5 * 60_000,
  });
  if (id === null || id === undefined) return <span style={{ color: 'rgba(0,0,0,0.35)' }}>—</span>;
  return <span title={`#${id}`}>{staff.data?.displayName ?? `#${id}`}</span>;
}
