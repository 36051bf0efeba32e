import { useMutation } from '@tanstack/react-query';
import { api, data } from '../../api/typed.ts';
import type { LookupValues } from './VerifyLookup.tsx';

/** Checks a certificate by number and code; an unknown pair and a wrong code answer alike (404). */
export function useCheckCertificate() {
  return useMutation({
    mutationFn: async (v: LookupValues) =>
      data(await api.GET('/api/public/certificates/check', { params: { query: { no: v.no, code: v.code } } })),
  });
}
