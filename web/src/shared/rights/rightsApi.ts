import { useQuery } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import type { RightsView } from './rightsTypes.ts';

export const rightsKey = ['rights'] as const;

/** A person's rights record for staff (each load is audited as a read of the person's record). */
export function usePersonRights(personId: number, enabled = true) {
  return useQuery({
    queryKey: [...rightsKey, 'person', personId],
    queryFn: () => http.get<RightsView>(`/api/ledger/persons/${personId}/rights`),
    enabled: enabled && Number.isInteger(personId) && personId > 0,
    staleTime: 60_000,
  });
}

/** The logged-in person's own rights record in the hall. */
export function useMyRights() {
  return useQuery({
    queryKey: [...rightsKey, 'mine'],
    queryFn: () => http.get<RightsView>('/api/hall/person/rights'),
    retry: false,
    staleTime: 60_000,
  });
}
