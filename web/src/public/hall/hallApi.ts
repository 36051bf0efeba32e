import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type BodyOf, api, data } from '../../api/typed.ts';

export const myCasesKey = ['my-cases'] as const;

/** What an online application sends: the item, the agency, the uploaded materials, a phone and a note. */
export type ApplyBody = BodyOf<'/api/public/cases'>;
/** The materials a case is missing, as uploaded (`uploadId`) for each checklist code. */
export type SuppliedMaterials = BodyOf<'/api/public/cases/{caseNumber}/materials'>['materials'];
/** A rating of one's own case from the hall: online, the overall level only. */
export type OnlineRating = Omit<Extract<BodyOf<'/api/me/ratings'>, { channel: 'online' }>, 'channel'>;

const byCaseNumber = (caseNumber: string) => ({ params: { path: { caseNumber } } });

/** The logged-in person's or employer's cases: applied online or received at a window under their identifier. */
export function useMyCases(page: number, pageSize: number) {
  return useQuery({
    queryKey: [...myCasesKey, { page, pageSize }],
    queryFn: async () => data(await api.GET('/api/public/cases', { params: { query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** One of my cases, by its case number: progress, materials and slips. */
export function useMyCase(caseNumber: string | undefined) {
  return useQuery({
    queryKey: [...myCasesKey, caseNumber],
    queryFn: async () => data(await api.GET('/api/public/cases/{caseNumber}', byCaseNumber(caseNumber ?? ''))),
    enabled: Boolean(caseNumber),
    staleTime: 0,
  });
}

/** Agencies an online application may be addressed to. */
export function usePublicAgencies() {
  return useQuery({
    queryKey: ['public-case-agencies'],
    queryFn: async () => data(await api.GET('/api/public/case-agencies')),
    select: (answer) => answer.items,
    staleTime: 5 * 60_000,
  });
}

/** Applies online; my cases list then shows the new case. */
export function useApply() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ApplyBody) => data(await api.POST('/api/public/cases', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: myCasesKey }),
  });
}

/** Supplies a case's missing materials; the answer is the case's new progress. */
export function useSupplyMaterials(caseNumber: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (materials: SuppliedMaterials) =>
      data(
        await api.POST('/api/public/cases/{caseNumber}/materials', {
          ...byCaseNumber(caseNumber),
          body: { materials },
        }),
      ),
    onSuccess: (progress) => client.setQueryData([...myCasesKey, caseNumber], progress),
    onSettled: () => client.invalidateQueries({ queryKey: myCasesKey }),
  });
}

export const myRatingKey = (caseNumber: string) => ['my-rating', caseNumber] as const;

/** My ratings of a case and the call-back a poor one opened. */
export function useMyRating(caseNumber: string, enabled: boolean) {
  return useQuery({
    queryKey: myRatingKey(caseNumber),
    queryFn: async () => data(await api.GET('/api/me/ratings/{caseNumber}', byCaseNumber(caseNumber))),
    enabled,
    staleTime: 0,
  });
}

/** Rates my finished case online (好差评). */
export function useRateMine() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (v: OnlineRating) =>
      data(await api.POST('/api/me/ratings', { body: { ...v, channel: 'online' } })),
    onSuccess: (_, v) => client.invalidateQueries({ queryKey: myRatingKey(v.caseNumber) }),
  });
}
