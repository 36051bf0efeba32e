import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import { useCan } from '../../api/session.ts';
import type { Role, RolesAnswer } from '../../api/types.ts';

export const rolesKey = ['roles'] as const;

/** Roles and the permission catalogue; fetched only for users allowed to read them. */
export function useRoles() {
  const can = useCan();
  return useQuery({
    queryKey: rolesKey,
    queryFn: () => http.get<RolesAnswer>('/api/roles'),
    enabled: can('staff.read') || can('role.manage'),
    staleTime: 60_000,
  });
}

export function useSaveRolePermissions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { code: string; permissions: string[] }) =>
      http.put<Role>(`/api/roles/${encodeURIComponent(v.code)}/permissions`, { permissions: v.permissions }),
    onSuccess: () => client.invalidateQueries({ queryKey: rolesKey }),
  });
}
