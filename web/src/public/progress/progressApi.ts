import { useMutation } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import type { Level, Progress, PublicRatingView, Rating } from '../../api/deskTypes.ts';

export interface LookupValues {
  caseNumber: string;
  identifier: string;
}

/** Anonymous progress: case number plus the identifier given when the case was opened. */
export function useLookupProgress() {
  return useMutation({
    mutationFn: (v: LookupValues) => http.post<Progress>('/api/public/cases/lookup', v),
  });
}

export function useLookupRating() {
  return useMutation({
    mutationFn: (v: LookupValues) => http.post<PublicRatingView>('/api/public/ratings/lookup', v),
  });
}

export function useRateAnonymously() {
  return useMutation({
    mutationFn: (v: LookupValues & { kind: 'initial' | 'follow_up'; overall: Level; comment?: string }) =>
      http.post<Rating>('/api/public/ratings', { ...v, channel: 'online' }),
  });
}
