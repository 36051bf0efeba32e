import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type QueryOf, type Schema, api, data } from '../../api/typed.ts';
import type { CredentialReset } from '../../api/types.ts';

export const credentialResetsKey = ['credential-resets'] as const;

export type CredentialResetFilter = Required<QueryOf<'/api/credential-resets'>>;

/** Credential reset requests about accounts in the caller's subtree, newest first. */
export function useCredentialResets(filter: CredentialResetFilter) {
  return useQuery({
    queryKey: [...credentialResetsKey, filter],
    queryFn: async () => data(await api.GET('/api/credential-resets', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

/** A decision's outcome: approving answers the temporary password, shown this once; rejecting has none. */
type ResetDecided = Schema<'OrgCredentialResetApproved'> | { reset: CredentialReset; temporaryPassword: null };

/** Approves or rejects a request. */
async function decide(reset: CredentialReset, decision: 'approve' | 'reject'): Promise<ResetDecided> {
  const params = { path: { id: reset.id } };
  if (decision === 'approve') return data(await api.POST('/api/credential-resets/{id}/approve', { params }));
  const rejected = data(await api.POST('/api/credential-resets/{id}/reject', { params, body: {} }));
  return { reset: rejected, temporaryPassword: null };
}

/** Decides a request; approving answers the temporary password. */
export function useDecideCredentialReset() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { reset: CredentialReset; decision: 'approve' | 'reject' }) => decide(v.reset, v.decision),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: credentialResetsKey });
      void client.invalidateQueries({ queryKey: ['staff'] });
    },
  });
}
