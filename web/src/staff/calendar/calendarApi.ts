import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../api/client.ts';

/** One holiday of a year: days off, and the weekend days worked in exchange (调休上班). */
export interface HolidayBlock {
  name: { zh: string; en: string };
  firstDayOff: string;
  lastDayOff: string;
  makeUpWorkdays: string[];
}

/** A year of the holiday calendar: a notice built in or added, or derived provisionally. */
export interface HolidayYearView {
  year: number;
  source: string;
  origin: 'built_in' | 'added' | 'provisional';
  addedAt: string | null;
  addedBy: string | null;
  blocks: HolidayBlock[];
}

/** A State Council notice in the format of `shebao holidays add` (docs/operations.md). */
export interface HolidayNotice {
  year: number;
  source: string;
  blocks: HolidayBlock[];
}

/** What loading a notice recounted, per kind of deadline. */
export type RecountSummary = Record<string, { checked: number; moved: number; settled: number }>;

export interface NoticeLoaded {
  year: number;
  source: string;
  recounted: RecountSummary;
}

const key = ['calendar', 'holiday-years'] as const;

/** The notices of the calendar and the years it answers provisionally. */
export function useHolidayYears() {
  return useQuery({
    queryKey: key,
    queryFn: () => http.get<{ years: HolidayYearView[] }>('/api/calendar/holiday-years'),
    select: (answer) => answer.years,
  });
}

/** Loads a notice; the server recounts the provisional deadlines before it answers. */
export function useLoadNotice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (notice: HolidayNotice) => http.post<NoticeLoaded>('/api/calendar/holiday-years', notice),
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
}
