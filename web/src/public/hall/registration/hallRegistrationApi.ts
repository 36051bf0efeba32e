import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { withQuery } from '../../../api/client.ts';
import { type BodyOf, api, data } from '../../../api/typed.ts';
import { getLanguage } from '../../../i18n/index.ts';
import type { HireBody, SeparationBody } from './types.ts';

const base = '/api/hall';
const profileKey = ['hall-registration', 'employer-profile'] as const;
const employeesKey = ['hall-registration', 'employees'] as const;
const importsKey = ['hall-registration', 'imports'] as const;
const apiKeysKey = ['hall-registration', 'api-keys'] as const;
const personKey = ['hall-registration', 'person'] as const;

/** Where a certificate's PDF is served to its owner. */
export const certificatePdfHref = (id: number) => `${base}/certificates/${id}/pdf`;
/** The error spreadsheet of a refused import (same format as the upload). */
export const importReportHref = (id: number) => `${base}/employer/imports/${id}/report`;
/** The import template in the interface language. */
export const templateHref = (format: 'xlsx' | 'csv') =>
  withQuery('/api/registration/import-template', { format, lang: getLanguage() });

export function useEmployerProfile() {
  return useQuery({
    queryKey: profileKey,
    queryFn: async () => data(await api.GET('/api/hall/employer/profile')),
    staleTime: 0,
  });
}

export function useIssueEmployerCertificate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => data(await api.POST('/api/hall/employer/certificates')),
    onSuccess: () => client.invalidateQueries({ queryKey: profileKey }),
  });
}

export function useEmployees(status: 'active' | 'ended' | 'all', page: number, pageSize: number) {
  return useQuery({
    queryKey: [...employeesKey, { status, page, pageSize }],
    queryFn: async () =>
      data(await api.GET('/api/hall/employer/employees', { params: { query: { status, page, pageSize } } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useHire() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: HireBody) => data(await api.POST('/api/hall/employer/hires', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: employeesKey }),
  });
}

export function useSeparate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: SeparationBody) => data(await api.POST('/api/hall/employer/separations', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: employeesKey }),
  });
}

export function useImports() {
  return useQuery({
    queryKey: importsKey,
    queryFn: async () => data(await api.GET('/api/hall/employer/imports')),
    staleTime: 0,
  });
}

/** After an import: the lists it may have changed. */
export function useImportDone(): () => void {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: importsKey });
    void client.invalidateQueries({ queryKey: employeesKey });
  };
}

export function useApiKeys() {
  return useQuery({
    queryKey: apiKeysKey,
    queryFn: async () => data(await api.GET('/api/hall/employer/api-keys')),
    staleTime: 0,
  });
}

export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: BodyOf<'/api/hall/employer/api-keys'>) =>
      data(await api.POST('/api/hall/employer/api-keys', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: apiKeysKey }),
  });
}

export function useRevokeApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      data(await api.POST('/api/hall/employer/api-keys/{id}/revoke', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: apiKeysKey }),
  });
}

export function usePersonRegistration() {
  return useQuery({
    queryKey: personKey,
    queryFn: async () => data(await api.GET('/api/hall/person/registration')),
    retry: false,
    staleTime: 0,
  });
}

const personCertificatesKey = ['hall-registration', 'person-certificates'] as const;

/** The person's own insurance certificates, newest first. */
export function usePersonCertificates(enabled: boolean) {
  return useQuery({
    queryKey: personCertificatesKey,
    queryFn: async () => data(await api.GET('/api/hall/person/certificates')),
    enabled,
  });
}

export function useIssuePersonCertificate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => data(await api.POST('/api/hall/person/certificates')),
    onSuccess: () => client.invalidateQueries({ queryKey: personCertificatesKey }),
  });
}

/** Where an employer's import file goes (`ui/SpreadsheetUpload.tsx` shows its progress). */
export const importUploadPath = `${base}/employer/imports`;
