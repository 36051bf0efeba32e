import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseDetail, IdentifierType, IntakeBody } from '../../api/deskTypes.ts';
import { type BodyOf, type QueryOf, api, data } from '../../api/typed.ts';
import { looksLikeCitizenId, looksLikeCreditCode } from '../../shared/identifierFormat.ts';

export const casesKey = ['cases'] as const;

/** The list's filter as the page keeps it: the route's query, always with a page. */
export type CaseFilter = QueryOf<'/api/cases'> & { page: number; pageSize: number };

export function useCaseList(filter: CaseFilter) {
  return useQuery({
    queryKey: [...casesKey, 'list', filter],
    queryFn: async () => data(await api.GET('/api/cases', { params: { query: filter } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useSlaSummary() {
  return useQuery({
    queryKey: [...casesKey, 'sla-summary'],
    queryFn: async () => data(await api.GET('/api/case-sla-summary')),
    staleTime: 0,
  });
}

export const caseKey = (id: number) => [...casesKey, 'detail', id] as const;

/** One case in full (the read is audited on the server). */
export function useCase(id: number) {
  return useQuery({
    queryKey: caseKey(id),
    queryFn: async () => data(await api.GET('/api/cases/{id}', { params: { path: { id } } })),
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

/** What a clerk sends for a step of a case; the case's version is added from the case shown. */
type Without<Body> = Omit<Body, 'version'>;
export type StepInput = Without<BodyOf<'/api/cases/{id}/steps/{stepCode}'>> & { stepCode: string };
export type RequestMaterialsInput = Without<BodyOf<'/api/cases/{id}/request-materials'>>;
/** A material brought after acceptance: only an upload (nothing is waived once a case runs). */
export type SuppliedMaterial = BodyOf<'/api/cases/{id}/materials'>['materials'][number];

export const useAcceptCase = (c: CaseDetail) =>
  useCaseMutation(
    c.id,
    async (v: Without<BodyOf<'/api/cases/{id}/accept'>>) =>
      data(
        await api.POST('/api/cases/{id}/accept', {
          params: { path: { id: c.id } },
          body: { version: c.version, ...v },
        }),
      ),
    inner,
  );

export const useDeclineCase = (c: CaseDetail) =>
  useCaseMutation(
    c.id,
    async (v: Without<BodyOf<'/api/cases/{id}/decline'>>) =>
      data(
        await api.POST('/api/cases/{id}/decline', {
          params: { path: { id: c.id } },
          body: { version: c.version, ...v },
        }),
      ),
    inner,
  );

export const useStep = (c: CaseDetail) =>
  useCaseMutation(
    c.id,
    async ({ stepCode, ...body }: StepInput) =>
      data(
        await api.POST('/api/cases/{id}/steps/{stepCode}', {
          params: { path: { id: c.id, stepCode } },
          body: { version: c.version, ...body },
        }),
      ),
    same,
  );

export const useReceiveMaterials = (c: CaseDetail) =>
  useCaseMutation(
    c.id,
    async (v: Without<BodyOf<'/api/cases/{id}/materials'>>) =>
      data(
        await api.POST('/api/cases/{id}/materials', {
          params: { path: { id: c.id } },
          body: { version: c.version, ...v },
        }),
      ),
    same,
  );

export const useRequestMaterials = (c: CaseDetail) =>
  useCaseMutation(
    c.id,
    async (v: RequestMaterialsInput) =>
      data(
        await api.POST('/api/cases/{id}/request-materials', {
          params: { path: { id: c.id } },
          body: { version: c.version, ...v },
        }),
      ),
    inner,
  );

export const useHandOver = (c: CaseDetail) =>
  useCaseMutation(
    c.id,
    async (v: Without<BodyOf<'/api/cases/{id}/hand-over'>>) =>
      data(
        await api.POST('/api/cases/{id}/hand-over', {
          params: { path: { id: c.id } },
          body: { version: c.version, ...v },
        }),
      ),
    same,
  );

export const useAssign = (c: CaseDetail) =>
  useCaseMutation(
    c.id,
    async (v: Without<BodyOf<'/api/cases/{id}/assign'>>) =>
      data(
        await api.POST('/api/cases/{id}/assign', {
          params: { path: { id: c.id } },
          body: { version: c.version, ...v },
        }),
      ),
    same,
  );

/** The register's query for an identifier once it looks valid; none for other identifiers. */
function lookupQuery(
  identifierType: IdentifierType,
  identifier: string,
): QueryOf<'/api/cases/applicant-lookup'> | null {
  if (identifierType === 'citizen_id' && looksLikeCitizenId(identifier)) return { identifierType, identifier };
  if (identifierType === 'credit_code' && looksLikeCreditCode(identifier)) return { identifierType, identifier };
  return null;
}

/**
 * The register's name for the applicant's identifier, once it looks valid (the read is on the
 * holder's access log, so it is asked once per identifier).
 */
export function useApplicantLookup(identifierType: IdentifierType, identifier: string | undefined) {
  const value = identifier?.trim().toUpperCase() ?? '';
  const query = lookupQuery(identifierType, value);
  return useQuery({
    queryKey: [...casesKey, 'applicant-lookup', identifierType, value],
    queryFn: query ? async () => data(await api.GET('/api/cases/applicant-lookup', { params: { query } })) : skipToken,
    staleTime: Infinity,
    retry: false,
  });
}

export function useIntake() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: IntakeBody) => data(await api.POST('/api/cases/intake', { body })),
    onSettled: () => client.invalidateQueries({ queryKey: casesKey }),
  });
}

/** The alerts' filter as the page keeps it: "open only" as a switch, always with a page. */
export type AlertFilter = Omit<QueryOf<'/api/case-alerts'>, 'open'> & {
  scope: 'mine' | 'subtree';
  open?: boolean;
  page: number;
  pageSize: number;
};

export function useAlerts(filter: AlertFilter) {
  return useQuery({
    queryKey: [...casesKey, 'alerts', filter],
    queryFn: async () =>
      data(
        await api.GET('/api/case-alerts', {
          params: { query: { ...filter, open: filter.open ? 'true' : undefined } },
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useAcknowledgeAlert() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      data(await api.POST('/api/case-alerts/{id}/acknowledge', { params: { path: { id } } })),
    onSettled: () => client.invalidateQueries({ queryKey: casesKey }),
  });
}
