import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import type {
  ApplicantLookup,
  CaseAlert,
  CaseDetail,
  CaseNotice,
  CaseRow,
  CaseStatus,
  IdentifierType,
  IntakeAnswer,
  IntakeBody,
  MaterialInput,
  SlaState,
  SlaSummary,
} from '../../api/deskTypes.ts';
import type { Page } from '../../api/types.ts';
import { looksLikeCitizenId, looksLikeCreditCode } from '../../shared/identifierFormat.ts';

export const casesKey = ['cases'] as const;

export interface CaseFilter {
  status?: CaseStatus;
  slaState?: SlaState;
  itemCode?: string;
  agencyId?: number;
  mine?: 'owner' | 'assignee';
  caseNumber?: string;
  identifier?: string;
  receivedFrom?: string;
  receivedTo?: string;
  page: number;
  pageSize: number;
}

export function useCaseList(filter: CaseFilter) {
  return useQuery({
    queryKey: [...casesKey, 'list', filter],
    queryFn: () => http.get<Page<CaseRow>>('/api/cases', { ...filter }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useSlaSummary() {
  return useQuery({
    queryKey: [...casesKey, 'sla-summary'],
    queryFn: () => http.get<SlaSummary>('/api/case-sla-summary'),
    staleTime: 0,
  });
}

export const caseKey = (id: number) => [...casesKey, 'detail', id] as const;

/** One case in full (the read is audited on the server). */
export function useCase(id: number) {
  return useQuery({
    queryKey: caseKey(id),
    queryFn: () => http.get<CaseDetail>(`/api/cases/${id}`),
    enabled: Number.isInteger(id) && id > 0,
    staleTime: 0,
  });
}

/** Every case-changing call answers the case (or `{case}`): the detail cache is replaced at once. */
function useCaseMutation<V, R>(id: number, fn: (v: V) => Promise<R>, detailOf: (r: R) => CaseDetail) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (answer) => client.setQueryData(caseKey(id), detailOf(answer)),
    onSettled: () => client.invalidateQueries({ queryKey: casesKey }),
  });
}

const same = (c: CaseDetail) => c;
const inner = (a: { case: CaseDetail }) => a.case;

export const useAcceptCase = (c: CaseDetail) =>
  useCaseMutation(
    c.id,
    (v: { materials?: MaterialInput[]; supplyDeadline?: string; comment?: string }) =>
      http.post<{ case: CaseDetail; notice: CaseNotice | null }>(`/api/cases/${c.id}/accept`, {
        version: c.version,
        ...v,
      }),
    inner,
  );

export const useDeclineCase = (c: CaseDetail) =>
  useCaseMutation(
    c.id,
    (v: { reason: string }) =>
      http.post<{ case: CaseDetail; notice: CaseNotice }>(`/api/cases/${c.id}/decline`, { version: c.version, ...v }),
    inner,
  );

export const useStep = (c: CaseDetail) =>
  useCaseMutation(
    c.id,
    (v: { stepCode: string; decision: 'pass' | 'refuse'; reason?: string; comment?: string; outcomeNote?: string }) => {
      const { stepCode, ...body } = v;
      return http.post<CaseDetail>(`/api/cases/${c.id}/steps/${stepCode}`, { version: c.version, ...body });
    },
    same,
  );

export const useReceiveMaterials = (c: CaseDetail) =>
  useCaseMutation(
    c.id,
    (v: { materials: MaterialInput[] }) =>
      http.post<CaseDetail>(`/api/cases/${c.id}/materials`, { version: c.version, ...v }),
    same,
  );

export const useRequestMaterials = (c: CaseDetail) =>
  useCaseMutation(
    c.id,
    (v: { materials: { code: string; reason: string }[]; supplyDeadline: string }) =>
      http.post<{ case: CaseDetail; notice: CaseNotice }>(`/api/cases/${c.id}/request-materials`, {
        version: c.version,
        ...v,
      }),
    inner,
  );

export const useHandOver = (c: CaseDetail) =>
  useCaseMutation(
    c.id,
    (v: { toStaffId: number; reason: string }) =>
      http.post<CaseDetail>(`/api/cases/${c.id}/hand-over`, { version: c.version, ...v }),
    same,
  );

export const useAssign = (c: CaseDetail) =>
  useCaseMutation(
    c.id,
    (v: { staffId: number | null }) => http.post<CaseDetail>(`/api/cases/${c.id}/assign`, { version: c.version, ...v }),
    same,
  );

/**
 * The register's name for the applicant's identifier, once it looks valid (the read is on the
 * holder's access log, so it is asked once per identifier).
 */
export function useApplicantLookup(identifierType: IdentifierType, identifier: string | undefined) {
  const value = identifier?.trim().toUpperCase() ?? '';
  const looksValid =
    (identifierType === 'citizen_id' && looksLikeCitizenId(value)) ||
    (identifierType === 'credit_code' && looksLikeCreditCode(value));
  return useQuery({
    queryKey: [...casesKey, 'applicant-lookup', identifierType, value],
    queryFn: () => http.get<ApplicantLookup>('/api/cases/applicant-lookup', { identifierType, identifier: value }),
    enabled: looksValid,
    staleTime: Infinity,
    retry: false,
  });
}

export function useIntake() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: IntakeBody) => http.post<IntakeAnswer>('/api/cases/intake', body),
    onSettled: () => client.invalidateQueries({ queryKey: casesKey }),
  });
}

export interface AlertFilter {
  scope: 'mine' | 'subtree';
  kind?: 'due_soon' | 'overdue';
  open?: boolean;
  page: number;
  pageSize: number;
}

export function useAlerts(filter: AlertFilter) {
  return useQuery({
    queryKey: [...casesKey, 'alerts', filter],
    queryFn: () => http.get<Page<CaseAlert>>('/api/case-alerts', { ...filter }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useAcknowledgeAlert() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => http.post<CaseAlert>(`/api/case-alerts/${id}/acknowledge`),
    onSettled: () => client.invalidateQueries({ queryKey: casesKey }),
  });
}
