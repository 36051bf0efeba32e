import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCan } from '../../api/session.ts';
import { api, data } from '../../api/typed.ts';

export const rolesKey = ['roles'] as const;

/** Roles and the permission catalogue; fetched only for users allowed to read them. */
export function useRoles() {
  const can = useCan();
  return useQuery({
    queryKey: rolesKey,
    queryFn: async () => data(await api.GET('/api/roles')),
    enabled: can('staff.read') || can('role.manage'),
    staleTime: 60_000,
  });
}

/** Sets the permissions a business role grants. */
export function useSaveRolePermissions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (v: { code: string; permissions: string[] }) =>
      data(
        await api.PUT('/api/roles/{code}/permissions', {
          params: { path: { code: v.code } },
          body: { permissions: v.permissions },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: rolesKey }),
  });
}
