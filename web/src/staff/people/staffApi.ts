import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import type { CredentialReset, Page, Staff } from '../../api/types.ts';

export const staffKey = ['staff'] as const;

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
    queryFn: () => http.get<Page<Staff>>('/api/staff', { ...filter }),
    placeholderData: keepPreviousData,
  });
}

export interface StaffCreate {
  username: string;
  displayName: string;
  agencyId: number;
  roles: string[];
  password: string;
}

function useStaffMutation<V>(fn: (v: V) => Promise<Staff>) {
  const client = useQueryClient();
  // Settled, not only success: after a version conflict the list (and the next try) is current.
  return useMutation({ mutationFn: fn, onSettled: () => client.invalidateQueries({ queryKey: staffKey }) });
}

export const useCreateStaff = () => useStaffMutation((v: StaffCreate) => http.post<Staff>('/api/staff', v));

export const useEditStaff = (staff: Staff | null) =>
  useStaffMutation((v: { displayName: string; agencyId: number }) =>
    http.patch<Staff>(`/api/staff/${staff?.id}`, { version: staff?.version, ...v }),
  );

export const useSetStaffRoles = (staff: Staff | null) =>
  useStaffMutation((v: { roles: string[] }) => http.put<Staff>(`/api/staff/${staff?.id}/roles`, v));

export const useResetStaffPassword = (staff: Staff | null) =>
  useStaffMutation((v: { password: string }) => http.post<Staff>(`/api/staff/${staff?.id}/reset-password`, v));

/** Asks a second administrator to approve a reset of an administrator's credentials. */
export function useRequestCredentialReset(staff: Staff | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { reason: string }) => http.post<CredentialReset>(`/api/staff/${staff?.id}/credential-reset`, v),
    onSettled: () => client.invalidateQueries({ queryKey: ['credential-resets'] }),
  });
}

export type StaffCommand = 'disable' | 'enable' | 'unlock' | 'reset-totp';

export const useStaffCommand = () =>
  useStaffMutation((v: { staff: Staff; command: StaffCommand }) =>
    http.post<Staff>(`/api/staff/${v.staff.id}/${v.command}`),
  );
