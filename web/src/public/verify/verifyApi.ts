import { useMutation } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import type { CertificateCheck } from '../hall/registration/types.ts';
import type { LookupValues } from './VerifyLookup.tsx';

/** Checks a certificate by number and code; an unknown pair and a wrong code answer alike (404). */
export function useCheckCertificate() {
  return useMutation({
    mutationFn: (v: LookupValues) =>
      http.get<CertificateCheck>('/api/public/certificates/check', { no: v.no, code: v.code }),
  });
}
