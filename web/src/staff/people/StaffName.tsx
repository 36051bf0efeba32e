import { skipToken, useQuery } from '@tanstack/react-query';
import { useCan } from '../../api/session.ts';
import { api, data } from '../../api/typed.ts';
import { staffKey } from './staffApi.ts';

/** A staff id shown as the person's name when the user may read staff, else as `#id`. */
export function StaffName({ id }: { id: number | null }) {
  const canRead = useCan()('staff.read');
  const staff = useQuery({
    queryKey: [...staffKey, 'one', id],
    queryFn:
      canRead && id !== null
        ? async () => data(await api.GET('/api/staff/{id}', { params: { path: { id } } }))
        : skipToken,
    staleTime: 5 * 60_000,
  });
  if (id === null) return <span style={{ color: 'rgba(0,0,0,0.35)' }}>—</span>;
  return <span title={`#${id}`}>{staff.data?.displayName ?? `#${id}`}</span>;
}
