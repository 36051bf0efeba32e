import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, uploadFile, withQuery } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import type {
  ApiKey,
  ApiKeyScope,
  Certificate,
  ChangeEntry,
  DuplicateFlag,
  DuplicateSuspect,
  Employee,
  Employer360,
  EmployerDetail,
  EmployerStatus,
  EmployerSummary,
  Enrolment,
  Employment,
  ImportRecord,
  ImportResult,
  Industry,
  Merge,
  Person360,
  PersonDetail,
  PersonSummary,
  Scheme,
  SeparationReason,
} from './registrationTypes.ts';

const base = '/api/registration';
export const registrationKey = ['registration'] as const;

/** Every registration write can change lists, 360 views and counts: refresh the whole module. */
function useWrite<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => client.invalidateQueries({ queryKey: registrationKey }),
  });
}

export function useIndustries() {
  return useQuery({
    queryKey: [...registrationKey, 'industries'],
    queryFn: () => http.get<Industry[]>(`${base}/industries`),
    staleTime: 60 * 60_000,
  });
}

export interface EmployerFilter {
  q?: string;
  status?: EmployerStatus;
  page: number;
  pageSize: number;
}

export function useEmployers(filter: EmployerFilter, enabled = true) {
  return useQuery({
    queryKey: [...registrationKey, 'employers', filter],
    queryFn: () => http.get<Page<EmployerSummary>>(`${base}/employers`, { ...filter }),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 0,
  });
}

export function useEmployerView(id: number) {
  return useQuery({
    queryKey: [...registrationKey, 'employer', id, 'view'],
    queryFn: () => http.get<Employer360>(`${base}/employers/${id}/view`),
    enabled: Number.isInteger(id) && id > 0,
    staleTime: 0,
  });
}

export function useEmployerHistory(id: number) {
  return useQuery({
    queryKey: [...registrationKey, 'employer', id, 'history'],
    queryFn: () => http.get<ChangeEntry[]>(`${base}/employers/${id}/history`),
    staleTime: 0,
  });
}

export interface EmployerInput {
  creditCode: string;
  name: string;
  type: string;
  industryCode: string;
  legalRepName: string;
  legalRepId: string;
  address: string;
  contactName: string;
  contactPhone: string;
  bankName?: string;
  bankAccount?: string;
  poolingRegion: string;
  foundedOn: string;
  registeredOn?: string;
  caseNumber?: string;
}

export const useRegisterEmployer = () =>
  useWrite((body: EmployerInput) => http.post<EmployerDetail>(`${base}/employers`, body));

export const useChangeEmployer = (id: number) =>
  useWrite(
    (body: {
      version: number;
      changes: Partial<Omit<EmployerInput, 'creditCode' | 'caseNumber'>>;
      effectiveOn?: string;
      reason: string;
      caseNumber?: string;
    }) => http.patch<EmployerDetail>(`${base}/employers/${id}`, body),
  );

export type EmployerStatusAction = 'suspend' | 'resume' | 'cancel';

export const useEmployerStatus = (id: number) =>
  useWrite((v: { action: EmployerStatusAction; version: number; reason: string; effectiveOn?: string }) => {
    const { action, ...body } = v;
    return http.post<EmployerDetail>(`${base}/employers/${id}/${action}`, body);
  });

/** Reveals one masked value of an employer or a person; the server audits it with the purpose. */
export function useReveal(subject: 'employers' | 'persons', id: number) {
  return useMutation({
    mutationFn: (v: { field: string; purpose: string }) =>
      http.post<{ value: string }>(`${base}/${subject}/${id}/reveal`, v),
  });
}

export function useEmployees(
  employerId: number,
  filter: { status: 'active' | 'ended' | 'all'; page: number; pageSize: number },
) {
  return useQuery({
    queryKey: [...registrationKey, 'employer', employerId, 'employees', filter],
    queryFn: () => http.get<Page<Employee>>(`${base}/employers/${employerId}/employees`, { ...filter }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useEmployerCertificates(employerId: number) {
  return useQuery({
    queryKey: [...registrationKey, 'employer', employerId, 'certificates'],
    queryFn: () => http.get<Certificate[]>(`${base}/employers/${employerId}/certificates`),
    staleTime: 0,
  });
}

export const useIssueCertificate = (employerId: number) =>
  useWrite((body: { kind: 'employer_registration' | 'employer_insurance'; caseNumber?: string }) =>
    http.post<Certificate>(`${base}/employers/${employerId}/certificates`, body),
  );

export const useVerifyCertificate = () =>
  useWrite((v: { id: number; result: 'passed' | 'failed'; note?: string }) =>
    http.post<Certificate>(`${base}/certificates/${v.id}/verify`, { result: v.result, note: v.note }),
  );

export const useRevokeCertificate = () =>
  useWrite((v: { id: number; reason: string }) =>
    http.post<Certificate>(`${base}/certificates/${v.id}/revoke`, { reason: v.reason }),
  );

export const certificatePdfUrl = (id: number) => `${base}/certificates/${id}/pdf`;

export function useDueCertificates(withinDays = 30) {
  return useQuery({
    queryKey: [...registrationKey, 'certificates', 'due', withinDays],
    // The largest page: the list is short (certificates fall due a year apart) and is charted whole.
    queryFn: () =>
      http.get<Certificate[] | Page<Certificate>>(`${base}/certificates/due`, { withinDays, page: 1, pageSize: 100 }),
    select: (answer) => (Array.isArray(answer) ? answer : answer.items),
    staleTime: 0,
  });
}

export function useImports(employerId: number) {
  return useQuery({
    queryKey: [...registrationKey, 'employer', employerId, 'imports'],
    queryFn: () => http.get<ImportRecord[] | Page<ImportRecord>>(`${base}/employers/${employerId}/imports`),
    select: (answer) => (Array.isArray(answer) ? answer : answer.items),
    staleTime: 0,
  });
}

export const useUploadImport = (employerId: number) =>
  useWrite((v: { file: File; dryRun: boolean }) =>
    uploadFile<ImportResult>(withQuery(`${base}/employers/${employerId}/imports`, { dryRun: v.dryRun }), v.file),
  );

export const importReportUrl = (importId: number) => `${base}/imports/${importId}/report`;
export const importTemplateUrl = (format: 'xlsx' | 'csv') => withQuery(`${base}/import-template`, { format });

export function useApiKeys(employerId: number) {
  return useQuery({
    queryKey: [...registrationKey, 'employer', employerId, 'api-keys'],
    queryFn: () => http.get<ApiKey[] | Page<ApiKey>>(`${base}/employers/${employerId}/api-keys`),
    select: (answer) => (Array.isArray(answer) ? answer : answer.items),
    staleTime: 0,
  });
}

export const useCreateApiKey = (employerId: number) =>
  useWrite((body: { label: string; scopes: ApiKeyScope[] }) =>
    http.post<ApiKey & { key: string }>(`${base}/employers/${employerId}/api-keys`, body),
  );

export const useRevokeApiKey = (employerId: number) =>
  useWrite((keyId: number) => http.post<ApiKey>(`${base}/employers/${employerId}/api-keys/${keyId}/revoke`));

export interface PersonFilter {
  citizenId?: string;
  name?: string;
  page: number;
  pageSize: number;
}

export function usePersons(filter: PersonFilter, enabled = true) {
  return useQuery({
    queryKey: [...registrationKey, 'persons', filter],
    queryFn: () => http.get<Page<PersonSummary>>(`${base}/persons`, { ...filter }),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 0,
  });
}

export interface PersonInput {
  citizenId: string;
  name: string;
  gender: 'male' | 'female';
  birthDate: string;
  nationality?: string;
  hukouType?: string;
  hukouPlace?: string;
  phone?: string;
  address?: string;
  bankName?: string;
  bankAccount?: string;
  caseNumber?: string;
}

export const useRegisterPerson = () =>
  useWrite((body: PersonInput) =>
    http.post<PersonDetail & { duplicateSuspects?: DuplicateSuspect[] }>(`${base}/persons`, body),
  );

export function usePersonView(id: number) {
  return useQuery({
    queryKey: [...registrationKey, 'person', id, 'view'],
    queryFn: () => http.get<Person360>(`${base}/persons/${id}/view`),
    enabled: Number.isInteger(id) && id > 0,
    staleTime: 0,
  });
}

export function usePersonHistory(id: number) {
  return useQuery({
    queryKey: [...registrationKey, 'person', id, 'history'],
    queryFn: () => http.get<ChangeEntry[]>(`${base}/persons/${id}/history`),
    staleTime: 0,
  });
}

export const useChangePerson = (id: number) =>
  useWrite(
    (body: {
      version: number;
      changes: Partial<Omit<PersonInput, 'citizenId' | 'gender' | 'birthDate' | 'caseNumber'>>;
      effectiveOn?: string;
      reason: string;
      caseNumber?: string;
    }) => http.patch<PersonDetail>(`${base}/persons/${id}`, body),
  );

/**
 * A hire names the person by id (one the clerk already reaches: from the person's page) or by the
 * full citizen ID (from the employer's page: the document in hand, wherever the person is registered).
 */
export type HireInput = ({ personId: number } | { citizenId: string }) & {
  employerId: number;
  hiredOn: string;
  schemes?: Scheme[];
  caseNumber?: string;
};

export interface HireResult {
  person: { id: number; name: string; idMasked: string };
  employment: Employment;
  enrolments: Enrolment[];
}

export const useHire = () =>
  useWrite((v: HireInput) => {
    if ('citizenId' in v) return http.post<HireResult>(`${base}/employments`, v);
    const { personId, ...body } = v;
    return http.post<HireResult>(`${base}/persons/${personId}/employments`, body);
  });

export const useSeparate = (personId: number) =>
  useWrite((v: { employmentId: number; separatedOn: string; reason: SeparationReason }) =>
    http.post<{ employment: Employment; enrolments: Enrolment[] }>(
      `${base}/persons/${personId}/employments/${v.employmentId}/separate`,
      { separatedOn: v.separatedOn, reason: v.reason },
    ),
  );

export const useFlexibleEnrolment = (personId: number) =>
  useWrite((body: { scheme: Scheme; startedOn: string; poolingRegion: string; caseNumber?: string }) =>
    http.post<Enrolment>(`${base}/persons/${personId}/enrolments`, body),
  );

export type EnrolmentAction = 'suspend' | 'resume' | 'terminate';

export const useEnrolmentAction = (personId: number) =>
  useWrite((v: { enrolmentId: number; action: EnrolmentAction; effectiveOn: string; reason: string }) =>
    http.post<Enrolment>(`${base}/persons/${personId}/enrolments/${v.enrolmentId}/${v.action}`, {
      effectiveOn: v.effectiveOn,
      reason: v.reason,
    }),
  );

export const useDeath = (personId: number) =>
  useWrite((body: { version: number; deathDate: string; caseNumber?: string }) =>
    http.post<PersonDetail>(`${base}/persons/${personId}/death`, body),
  );

export function useDuplicates(status: 'open' | 'dismissed' | 'merged' = 'open') {
  return useQuery({
    queryKey: [...registrationKey, 'duplicates', status],
    queryFn: () => http.get<DuplicateFlag[] | Page<DuplicateFlag>>(`${base}/duplicates`, { status }),
    select: (answer) => (Array.isArray(answer) ? answer : answer.items),
    staleTime: 0,
  });
}

export const useDismissDuplicate = () =>
  useWrite((v: { id: number; note: string }) =>
    http.post<DuplicateFlag>(`${base}/duplicates/${v.id}/dismiss`, { note: v.note }),
  );

export function useMerges(status: 'proposed' | 'approved' | 'rejected' = 'proposed') {
  return useQuery({
    queryKey: [...registrationKey, 'merges', status],
    queryFn: () => http.get<Merge[] | Page<Merge>>(`${base}/merges`, { status }),
    select: (answer) => (Array.isArray(answer) ? answer : answer.items),
    staleTime: 0,
  });
}

export const useProposeMerge = () =>
  useWrite((body: { survivorId: number; mergedId: number; flagId?: number; reason: string }) =>
    http.post<Merge>(`${base}/merges`, body),
  );

export const useDecideMerge = () =>
  useWrite((v: { id: number; decision: 'approve' | 'reject'; note?: string }) =>
    http.post<Merge>(`${base}/merges/${v.id}/${v.decision}`, { note: v.note }),
  );
