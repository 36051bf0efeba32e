import { useMutation } from '@tanstack/react-query';
import { type BodyOf, api, data } from '../../api/typed.ts';

/** The case number plus the identifier given when the case was opened. */
export type LookupValues = BodyOf<'/api/public/cases/lookup'>;

/** An anonymous rating: online, the overall level only (the window's kiosk rates the rest). */
export type OnlineRating = Omit<Extract<BodyOf<'/api/public/ratings'>, { channel: 'online' }>, 'channel'>;

/** Anonymous progress: case number plus the identifier given when the case was opened. */
export function useLookupProgress() {
  return useMutation({
    mutationFn: async (body: LookupValues) => data(await api.POST('/api/public/cases/lookup', { body })),
  });
}

export function useLookupRating() {
  return useMutation({
    mutationFn: async (body: LookupValues) => data(await api.POST('/api/public/ratings/lookup', { body })),
  });
}

export function useRateAnonymously() {
  return useMutation({
    mutationFn: async (v: OnlineRating) =>
      data(await api.POST('/api/public/ratings', { body: { ...v, channel: 'online' } })),
  });
}
