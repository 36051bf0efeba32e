import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Answer, type BodyOf, type Schema, api, data } from '../../api/typed.ts';

/** A year of the holiday calendar: a notice built in or added, or derived provisionally. */
export type HolidayYearView = Schema<'HolidayYearView'>;
/** One holiday of a year: days off, and the weekend days worked in exchange (调休上班). */
export type HolidayBlock = HolidayYearView['blocks'][number];
/** A State Council notice in the format of `shebao holidays add` (docs/operations.md). */
export type HolidayNotice = BodyOf<'/api/calendar/holiday-years', 'post'>;
/** The year loaded and the deadlines counted again, per kind of deadline. */
export type NoticeLoaded = Answer<'/api/calendar/holiday-years', 'post'>;

const key = ['calendar', 'holiday-years'] as const;

/** The notices of the calendar and the years it answers provisionally. */
export function useHolidayYears() {
  return useQuery({
    queryKey: key,
    queryFn: async () => data(await api.GET('/api/calendar/holiday-years')),
    select: (answer) => answer.years,
  });
}

/** Loads a notice; the server recounts the provisional deadlines before it answers. */
export function useLoadNotice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (notice: HolidayNotice) => data(await api.POST('/api/calendar/holiday-years', { body: notice })),
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
}
