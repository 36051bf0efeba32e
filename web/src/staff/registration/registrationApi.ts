import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { withQuery } from '../../api/client.ts';
import { type Answer, type BodyOf, type QueryOf, api, data } from '../../api/typed.ts';

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

const byId = (id: number) => ({ params: { path: { id } } });

export function useIndustries() {
  return useQuery({
    queryKey: [...registrationKey, 'industries'],
    queryFn: async () => data(await api.GET('/api/registration/industries')),
    staleTime: 60 * 60_000,
  });
}

/** The employers list's search, as the page keeps it. */
export type EmployerFilter = QueryOf<'/api/registration/employers'> & { page: number; pageSize: number };

export function useEmployers(filter: EmployerFilter, enabled = true) {
  return useQuery({
    queryKey: [...registrationKey, 'employers', filter],
    queryFn: async () => data(await api.GET('/api/registration/employers', { params: { query: filter } })),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 0,
  });
}

export function useEmployerView(id: number) {
  return useQuery({
    queryKey: [...registrationKey, 'employer', id, 'view'],
    queryFn: async () => data(await api.GET('/api/registration/employers/{id}/view', byId(id))),
    enabled: Number.isInteger(id) && id > 0,
    staleTime: 0,
  });
}

export function useEmployerHistory(id: number) {
  return useQuery({
    queryKey: [...registrationKey, 'employer', id, 'history'],
    queryFn: async () => data(await api.GET('/api/registration/employers/{id}/history', byId(id))),
    staleTime: 0,
  });
}

/** An employer's registration as the form sends it. */
export type EmployerInput = BodyOf<'/api/registration/employers'>;
/** A change of an employer's record, with the version it was read at. */
export type EmployerChange = BodyOf<'/api/registration/employers/{id}', 'patch'>;

export const useRegisterEmployer = () =>
  useWrite(async (body: EmployerInput) => data(await api.POST('/api/registration/employers', { body })));

export const useChangeEmployer = (id: number) =>
  useWrite(async (body: EmployerChange) =>
    data(await api.PATCH('/api/registration/employers/{id}', { ...byId(id), body })),
  );

const employerStatusPaths = {
  suspend: '/api/registration/employers/{id}/suspend',
  resume: '/api/registration/employers/{id}/resume',
  cancel: '/api/registration/employers/{id}/cancel',
} as const;

export type EmployerStatusAction = keyof typeof employerStatusPaths;
/** Suspending, resuming and cancelling take the same body. */
export type EmployerStatusBody = BodyOf<(typeof employerStatusPaths)['suspend']>;

export const useEmployerStatus = (id: number) =>
  useWrite(async ({ action, ...body }: EmployerStatusBody & { action: EmployerStatusAction }) =>
    data(await api.POST(employerStatusPaths[action], { ...byId(id), body })),
  );

/** The masked fields staff may reveal, per kind of record. */
export type EmployerRevealField = BodyOf<'/api/registration/employers/{id}/reveal'>['field'];
export type PersonRevealField = BodyOf<'/api/registration/persons/{id}/reveal'>['field'];
/** One masked value of one record. */
export type RevealTarget =
  | { subject: 'employers'; id: number; field: EmployerRevealField }
  | { subject: 'persons'; id: number; field: PersonRevealField };

async function reveal(target: RevealTarget, purpose: string) {
  // Narrowed per subject: each route takes its own closed list of fields.
  if (target.subject === 'employers') {
    const body = { field: target.field, purpose };
    return data(await api.POST('/api/registration/employers/{id}/reveal', { ...byId(target.id), body }));
  }
  const body = { field: target.field, purpose };
  return data(await api.POST('/api/registration/persons/{id}/reveal', { ...byId(target.id), body }));
}

/** Reveals one masked value of an employer or a person; the server audits it with the purpose. */
export function useReveal() {
  return useMutation({
    mutationFn: (v: { target: RevealTarget; purpose: string }) => reveal(v.target, v.purpose),
  });
}

/** The document the clerk checked and how the activation code goes out. */
export type HallActivationRequest = BodyOf<'/api/registration/persons/{id}/hall-activation'>;

const hallActivationPaths = {
  person: '/api/registration/persons/{id}/hall-activation',
  employer: '/api/registration/employers/{id}/hall-activation',
} as const;

/** Issues a one-time code that opens (or re-binds) the hall account of a person or an employer. */
export const useIssueHallActivation = (kind: keyof typeof hallActivationPaths, holderId: number) =>
  useWrite(async (body: HallActivationRequest) =>
    data(await api.POST(hallActivationPaths[kind], { ...byId(holderId), body })),
  );

/** Which employees and which page. */
export type EmployeeFilter = QueryOf<'/api/registration/employers/{id}/employees'> & { page: number; pageSize: number };

export function useEmployees(employerId: number, filter: EmployeeFilter) {
  return useQuery({
    queryKey: [...registrationKey, 'employer', employerId, 'employees', filter],
    queryFn: async () =>
      data(
        await api.GET('/api/registration/employers/{id}/employees', {
          params: { path: { id: employerId }, query: filter },
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useEmployerCertificates(employerId: number) {
  return useQuery({
    queryKey: [...registrationKey, 'employer', employerId, 'certificates'],
    queryFn: async () => data(await api.GET('/api/registration/employers/{id}/certificates', byId(employerId))),
    staleTime: 0,
  });
}

export const useIssueCertificate = (employerId: number) =>
  useWrite(async (body: BodyOf<'/api/registration/employers/{id}/certificates'>) =>
    data(await api.POST('/api/registration/employers/{id}/certificates', { ...byId(employerId), body })),
  );

export const useVerifyCertificate = () =>
  useWrite(async ({ id, ...body }: BodyOf<'/api/registration/certificates/{id}/verify'> & { id: number }) =>
    data(await api.POST('/api/registration/certificates/{id}/verify', { ...byId(id), body })),
  );

export const useRevokeCertificate = () =>
  useWrite(async ({ id, ...body }: BodyOf<'/api/registration/certificates/{id}/revoke'> & { id: number }) =>
    data(await api.POST('/api/registration/certificates/{id}/revoke', { ...byId(id), body })),
  );

export const certificatePdfUrl = (id: number) => `${base}/certificates/${id}/pdf`;

export function useDueCertificates(withinDays = 30) {
  return useQuery({
    queryKey: [...registrationKey, 'certificates', 'due', withinDays],
    // The largest page: the list is short (certificates fall due a year apart) and is charted whole.
    queryFn: async () =>
      data(
        await api.GET('/api/registration/certificates/due', {
          params: { query: { withinDays, page: 1, pageSize: 100 } },
        }),
      ),
    select: (answer) => answer.items,
    staleTime: 0,
  });
}

export function useImports(employerId: number) {
  return useQuery({
    queryKey: [...registrationKey, 'employer', employerId, 'imports'],
    queryFn: async () => data(await api.GET('/api/registration/employers/{id}/imports', byId(employerId))),
    staleTime: 0,
  });
}

/** Where an employer's import spreadsheet goes (the upload reports its progress: ui/SpreadsheetUpload). */
export const importUploadPath = (employerId: number) => `${base}/employers/${employerId}/imports`;

/** After an import answered, either way: its history, the employees and the counts may have changed. */
export function useImportSettled(): () => void {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: registrationKey });
}

export const importReportUrl = (importId: number) => `${base}/imports/${importId}/report`;
export const importTemplateUrl = (format: 'xlsx' | 'csv') => withQuery(`${base}/import-template`, { format });

export function useApiKeys(employerId: number) {
  return useQuery({
    queryKey: [...registrationKey, 'employer', employerId, 'api-keys'],
    queryFn: async () => data(await api.GET('/api/registration/employers/{id}/api-keys', byId(employerId))),
    staleTime: 0,
  });
}

export const useCreateApiKey = (employerId: number) =>
  useWrite(async (body: BodyOf<'/api/registration/employers/{id}/api-keys'>) =>
    data(await api.POST('/api/registration/employers/{id}/api-keys', { ...byId(employerId), body })),
  );

export const useRevokeApiKey = (employerId: number) =>
  useWrite(async (keyId: number) =>
    data(
      await api.POST('/api/registration/employers/{id}/api-keys/{keyId}/revoke', {
        params: { path: { id: employerId, keyId } },
      }),
    ),
  );

/** The persons search, as the page keeps it. */
export type PersonFilter = QueryOf<'/api/registration/persons'> & { page: number; pageSize: number };

export function usePersons(filter: PersonFilter, enabled = true) {
  return useQuery({
    queryKey: [...registrationKey, 'persons', filter],
    queryFn: async () => data(await api.GET('/api/registration/persons', { params: { query: filter } })),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 0,
  });
}

/** A person's registration as the form sends it. */
export type PersonInput = BodyOf<'/api/registration/persons'>;
/** A change of a person's record, with the version it was read at. */
export type PersonChange = BodyOf<'/api/registration/persons/{id}', 'patch'>;

export const useRegisterPerson = () =>
  useWrite(async (body: PersonInput) => data(await api.POST('/api/registration/persons', { body })));

export function usePersonView(id: number) {
  return useQuery({
    queryKey: [...registrationKey, 'person', id, 'view'],
    queryFn: async () => data(await api.GET('/api/registration/persons/{id}/view', byId(id))),
    enabled: Number.isInteger(id) && id > 0,
    staleTime: 0,
  });
}

export function usePersonHistory(id: number) {
  return useQuery({
    queryKey: [...registrationKey, 'person', id, 'history'],
    queryFn: async () => data(await api.GET('/api/registration/persons/{id}/history', byId(id))),
    staleTime: 0,
  });
}

export const useChangePerson = (id: number) =>
  useWrite(async (body: PersonChange) =>
    data(await api.PATCH('/api/registration/persons/{id}', { ...byId(id), body })),
  );

/**
 * A hire names the person by id (one the clerk already reaches: from the person's page) or by the
 * full citizen ID (from the employer's page: the document in hand, wherever the person is registered).
 */
export type HireInput =
  | BodyOf<'/api/registration/employments'>
  | (BodyOf<'/api/registration/persons/{id}/employments'> & { personId: number });

/** The employment, its enrolments, and whom it hired (masked). */
export type HireResult = Answer<'/api/registration/employments', 'post'>;

export const useHire = () =>
  useWrite(async (v: HireInput): Promise<HireResult> => {
    if ('citizenId' in v) return data(await api.POST('/api/registration/employments', { body: v }));
    const { personId, ...body } = v;
    return data(await api.POST('/api/registration/persons/{id}/employments', { ...byId(personId), body }));
  });

export const useSeparate = (personId: number) =>
  useWrite(
    async ({
      employmentId,
      ...body
    }: BodyOf<'/api/registration/persons/{id}/employments/{employmentId}/separate'> & { employmentId: number }) =>
      data(
        await api.POST('/api/registration/persons/{id}/employments/{employmentId}/separate', {
          params: { path: { id: personId, employmentId } },
          body,
        }),
      ),
  );

export const useFlexibleEnrolment = (personId: number) =>
  useWrite(async (body: BodyOf<'/api/registration/persons/{id}/enrolments'>) =>
    data(await api.POST('/api/registration/persons/{id}/enrolments', { ...byId(personId), body })),
  );

const enrolmentActionPaths = {
  suspend: '/api/registration/persons/{id}/enrolments/{enrolmentId}/suspend',
  resume: '/api/registration/persons/{id}/enrolments/{enrolmentId}/resume',
  terminate: '/api/registration/persons/{id}/enrolments/{enrolmentId}/terminate',
} as const;

export type EnrolmentAction = keyof typeof enrolmentActionPaths;
/** Suspending, resuming and terminating take the same body. */
export type EnrolmentActionBody = BodyOf<(typeof enrolmentActionPaths)['suspend']>;

export const useEnrolmentAction = (personId: number) =>
  useWrite(
    async ({ enrolmentId, action, ...body }: EnrolmentActionBody & { enrolmentId: number; action: EnrolmentAction }) =>
      data(await api.POST(enrolmentActionPaths[action], { params: { path: { id: personId, enrolmentId } }, body })),
  );

export const useDeath = (personId: number) =>
  useWrite(async (body: BodyOf<'/api/registration/persons/{id}/death'>) =>
    data(await api.POST('/api/registration/persons/{id}/death', { ...byId(personId), body })),
  );

export function useDuplicates(status: 'open' | 'dismissed' | 'merged' = 'open') {
  return useQuery({
    queryKey: [...registrationKey, 'duplicates', status],
    queryFn: async () => data(await api.GET('/api/registration/duplicates', { params: { query: { status } } })),
    staleTime: 0,
  });
}

export const useDismissDuplicate = () =>
  useWrite(async ({ id, ...body }: BodyOf<'/api/registration/duplicates/{id}/dismiss'> & { id: number }) =>
    data(await api.POST('/api/registration/duplicates/{id}/dismiss', { ...byId(id), body })),
  );

export function useMerges(status: 'proposed' | 'approved' | 'rejected' = 'proposed') {
  return useQuery({
    queryKey: [...registrationKey, 'merges', status],
    queryFn: async () => data(await api.GET('/api/registration/merges', { params: { query: { status } } })),
    staleTime: 0,
  });
}

export const useProposeMerge = () =>
  useWrite(async (body: BodyOf<'/api/registration/merges'>) =>
    data(await api.POST('/api/registration/merges', { body })),
  );

const mergeDecisionPaths = {
  approve: '/api/registration/merges/{id}/approve',
  reject: '/api/registration/merges/{id}/reject',
} as const;

export const useDecideMerge = () =>
  useWrite(
    async ({
      id,
      decision,
      ...body
    }: BodyOf<(typeof mergeDecisionPaths)['approve']> & { id: number; decision: keyof typeof mergeDecisionPaths }) =>
      data(await api.POST(mergeDecisionPaths[decision], { ...byId(id), body })),
  );
