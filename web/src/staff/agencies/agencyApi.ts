import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type BodyOf, api, data } from '../../api/typed.ts';
import type { Agency } from '../../api/types.ts';

export const agenciesKey = ['agencies'] as const;

/** The caller's agency subtree, flat. */
export function useAgencies(includeClosed = false, enabled = true) {
  return useQuery({
    queryKey: [...agenciesKey, { includeClosed }],
    queryFn: async () =>
      data(
        await api.GET('/api/agencies', { params: { query: { includeClosed: includeClosed ? 'true' : undefined } } }),
      ),
    select: (answer) => answer.items,
    enabled,
  });
}

/** The versions of one agency, oldest first. */
export function useAgencyHistory(id: number | null) {
  return useQuery({
    queryKey: [...agenciesKey, 'history', id],
    queryFn:
      id === null
        ? skipToken
        : async () => data(await api.GET('/api/agencies/{id}/history', { params: { path: { id } } })),
    select: (answer) => answer.items,
  });
}

export type AgencyCreate = BodyOf<'/api/agencies'>;
/** The changes of an edit; the hook adds the version it was made on. */
export type AgencyEdit = Omit<BodyOf<'/api/agencies/{id}', 'patch'>, 'version'>;
type AgencyMove = Omit<BodyOf<'/api/agencies/{id}/move'>, 'version'>;
type AgencyClose = Omit<BodyOf<'/api/agencies/{id}/close'>, 'version'>;

/**
 * An agency change refreshes every list that shows agency names; a refusal refreshes them too, so
 * that after a version conflict the next try carries the current version.
 */
function useAgencyMutation<V>(fn: (v: V) => Promise<Agency>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: agenciesKey });
      await client.invalidateQueries({ queryKey: ['staff'] });
      await client.invalidateQueries({ queryKey: ['service-points'] });
    },
  });
}

/** The path and version of the agency a change is made on; the forms open only with one. */
function target(agency: Agency | null) {
  if (agency === null) throw new Error('No agency chosen');
  return { params: { path: { id: agency.id } }, version: agency.version };
}

export const useCreateAgency = () =>
  useAgencyMutation(async (body: AgencyCreate) => data(await api.POST('/api/agencies', { body })));

export const useEditAgency = (agency: Agency | null) =>
  useAgencyMutation(async (v: AgencyEdit) => {
    const { params, version } = target(agency);
    return data(await api.PATCH('/api/agencies/{id}', { params, body: { version, ...v } }));
  });

export const useMoveAgency = (agency: Agency | null) =>
  useAgencyMutation(async (v: AgencyMove) => {
    const { params, version } = target(agency);
    return data(await api.POST('/api/agencies/{id}/move', { params, body: { version, ...v } }));
  });

export const useCloseAgency = (agency: Agency | null) =>
  useAgencyMutation(async (v: AgencyClose) => {
    const { params, version } = target(agency);
    return data(await api.POST('/api/agencies/{id}/close', { params, body: { version, ...v } }));
  });
