import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type BodyOf, api, data } from '../../api/typed.ts';
import type { Staff } from '../../api/types.ts';

export const staffKey = ['staff'] as const;

/** The list's filter as the page keeps it: no agency chosen is the whole subtree. */
export interface StaffFilter {
  agencyId: number | null;
  q: string;
  page: number;
  pageSize: number;
}

/** One page of staff in the caller's subtree, filtered by agency and text. */
export function useStaffList(filter: StaffFilter) {
  return useQuery({
    queryKey: [...staffKey, filter],
    queryFn: async () =>
      data(await api.GET('/api/staff', { params: { query: { ...filter, agencyId: filter.agencyId ?? undefined } } })),
    placeholderData: keepPreviousData,
  });
}

export type StaffCreate = BodyOf<'/api/staff'>;
/** The edit form sends both fields; the hook adds the version it was made on. */
type StaffEdit = Required<Omit<BodyOf<'/api/staff/{id}', 'patch'>, 'version'>>;

function useStaffMutation<V>(fn: (v: V) => Promise<Staff>) {
  const client = useQueryClient();
  // Settled, not only success: after a version conflict the list (and the next try) is current.
  return useMutation({ mutationFn: fn, onSettled: () => client.invalidateQueries({ queryKey: staffKey }) });
}

/** The path and version of the account a change is made on; the forms open only with one. */
function target(staff: Staff | null) {
  if (staff === null) throw new Error('No staff member chosen');
  return { params: { path: { id: staff.id } }, version: staff.version };
}

export const useCreateStaff = () =>
  useStaffMutation(async (body: StaffCreate) => data(await api.POST('/api/staff', { body })));

export const useEditStaff = (staff: Staff | null) =>
  useStaffMutation(async (v: StaffEdit) => {
    const { params, version } = target(staff);
    return data(await api.PATCH('/api/staff/{id}', { params, body: { version, ...v } }));
  });

export const useSetStaffRoles = (staff: Staff | null) =>
  useStaffMutation(async (body: BodyOf<'/api/staff/{id}/roles', 'put'>) =>
    data(await api.PUT('/api/staff/{id}/roles', { params: target(staff).params, body })),
  );

export const useResetStaffPassword = (staff: Staff | null) =>
  useStaffMutation(async (body: BodyOf<'/api/staff/{id}/reset-password'>) =>
    data(await api.POST('/api/staff/{id}/reset-password', { params: target(staff).params, body })),
  );

/** Asks a second administrator to approve a reset of an administrator's credentials. */
export function useRequestCredentialReset(staff: Staff | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: BodyOf<'/api/staff/{id}/credential-reset'>) =>
      data(await api.POST('/api/staff/{id}/credential-reset', { params: target(staff).params, body })),
    onSettled: () => client.invalidateQueries({ queryKey: ['credential-resets'] }),
  });
}

export type StaffCommand = 'disable' | 'enable' | 'unlock' | 'reset-totp';

export const useStaffCommand = () =>
  useStaffMutation(async (v: { staff: Staff; command: StaffCommand }) =>
    data(await api.POST(`/api/staff/{id}/${v.command}`, { params: { path: { id: v.staff.id } } })),
  );
