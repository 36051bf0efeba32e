import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import type { Items, Page } from '../../api/types.ts';
import type { Level, Progress, ProgressRow, PublicAgency, PublicRatingView, Rating } from '../../api/deskTypes.ts';

export const myCasesKey = ['my-cases'] as const;

/** The logged-in person's or employer's cases: applied online or received at a window under their identifier. */
export function useMyCases(page: number, pageSize: number) {
  return useQuery({
    queryKey: [...myCasesKey, { page, pageSize }],
    queryFn: () => http.get<Page<ProgressRow>>('/api/public/cases', { page, pageSize }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useMyCase(caseNumber: string | undefined) {
  return useQuery({
    queryKey: [...myCasesKey, caseNumber],
    queryFn: () => http.get<Progress>(`/api/public/cases/${encodeURIComponent(caseNumber ?? '')}`),
    enabled: Boolean(caseNumber),
    staleTime: 0,
  });
}

/** Agencies an online application may be addressed to. */
export function usePublicAgencies() {
  return useQuery({
    queryKey: ['public-case-agencies'],
    queryFn: () => http.get<Items<PublicAgency>>('/api/public/case-agencies'),
    select: (answer) => answer.items,
    staleTime: 5 * 60_000,
  });
}

export interface ApplyBody {
  itemCode: string;
  agencyId: number;
  materials: { code: string; uploadId: string }[];
  phone?: string;
  note?: string;
}

export function useApply() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApplyBody) => http.post<Progress>('/api/public/cases', body),
    onSuccess: () => client.invalidateQueries({ queryKey: myCasesKey }),
  });
}

export function useSupplyMaterials(caseNumber: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (materials: { code: string; uploadId: string }[]) =>
      http.post<Progress>(`/api/public/cases/${encodeURIComponent(caseNumber)}/materials`, { materials }),
    onSuccess: (progress) => client.setQueryData([...myCasesKey, caseNumber], progress),
    onSettled: () => client.invalidateQueries({ queryKey: myCasesKey }),
  });
}

export const myRatingKey = (caseNumber: string) => ['my-rating', caseNumber] as const;

export function useMyRating(caseNumber: string, enabled: boolean) {
  return useQuery({
    queryKey: myRatingKey(caseNumber),
    queryFn: () => http.get<PublicRatingView>(`/api/me/ratings/${encodeURIComponent(caseNumber)}`),
    enabled,
    staleTime: 0,
  });
}

export interface OnlineRating {
  caseNumber: string;
  kind: 'initial' | 'follow_up';
  overall: Level;
  comment?: string;
}

export function useRateMine() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: OnlineRating) => http.post<Rating>('/api/me/ratings', { ...v, channel: 'online' }),
    onSuccess: (_, v) => client.invalidateQueries({ queryKey: myRatingKey(v.caseNumber) }),
  });
}
