import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import type { CredentialReset, Page } from '../../api/types.ts';

export const credentialResetsKey = ['credential-resets'] as const;

export interface CredentialResetFilter {
  state: 'pending' | 'all';
  page: number;
  pageSize: number;
}

/** Credential reset requests about accounts in the caller's subtree, newest first. */
export function useCredentialResets(filter: CredentialResetFilter) {
  return useQuery({
    queryKey: [...credentialResetsKey, filter],
    queryFn: () => http.get<Page<CredentialReset>>('/api/credential-resets', { ...filter }),
    placeholderData: keepPreviousData,
  });
}

/** Approves a request; the answer carries the temporary password, shown this once. */
export function useDecideCredentialReset() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: {
      reset: CredentialReset;
      decision: 'approve' | 'reject';
    }): Promise<{ reset: CredentialReset; temporaryPassword: string | null }> =>
      v.decision === 'approve'
        ? http.post<{ reset: CredentialReset; temporaryPassword: string }>(
            `/api/credential-resets/${v.reset.id}/approve`,
          )
        : http
            .post<CredentialReset>(`/api/credential-resets/${v.reset.id}/reject`, {})
            .then((reset) => ({ reset, temporaryPassword: null })),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: credentialResetsKey });
      void client.invalidateQueries({ queryKey: ['staff'] });
    },
  });
}
