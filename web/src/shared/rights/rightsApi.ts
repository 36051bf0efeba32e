import { useQuery } from '@tanstack/react-query';
import { api, data } from '../../api/typed.ts';

export const rightsKey = ['rights'] as const;

/** A person's rights record for staff (each load is audited as a read of the person's record). */
export function usePersonRights(personId: number, enabled = true) {
  return useQuery({
    queryKey: [...rightsKey, 'person', personId],
    queryFn: async () => data(await api.GET('/api/ledger/persons/{id}/rights', { params: { path: { id: personId } } })),
    enabled: enabled && Number.isInteger(personId) && personId > 0,
    staleTime: 60_000,
  });
}

/** The logged-in person's own rights record in the hall. */
export function useMyRights() {
  return useQuery({
    queryKey: [...rightsKey, 'mine'],
    queryFn: async () => data(await api.GET('/api/hall/person/rights')),
    retry: false,
    staleTime: 60_000,
  });
}
