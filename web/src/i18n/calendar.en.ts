import type { calendarZh } from './calendar.zh.ts';

/** English texts of the holiday calendar page; typed against `calendar.zh.ts`. */
export const calendarEn: Record<keyof typeof calendarZh, string> = {
  'menu.holidays': 'Holiday calendar',
  'home.holidaysText': "Loading the State Council's holiday notices; years without one are derived provisionally",
  'calendar.title': 'Holiday calendar',
  'calendar.description':
    "Working-day deadlines follow the State Council's yearly holiday notice. A year whose notice is not loaded is derived from the statutory holidays, and deadlines reaching it are marked provisional; loading the notice counts them again and tells the case owners and applicants whose date moved.",
  'calendar.load': 'Load a holiday notice',
  'calendar.loadHint':
    "Transcribe the State Council notice in the format of docs/operations.md: each holiday's first and last day off and its make-up working days. The year's provisional holidays are filled in: change them as the notice says and name the notice (source).",
  'calendar.loadSubmit': 'Load and recount deadlines',
  'calendar.noticeJson': 'Holiday notice (JSON)',
  'calendar.notJson': 'Not valid JSON: {reason}',
  'calendar.loaded': 'The {year} holiday notice is loaded',
  'calendar.recountLine': '{kind}: {checked} provisional deadlines counted again, {moved} moved, {settled} settled',
  'calendar.kind.cases': 'promised dates of cases',
  'calendar.kind.callbacks': 'call-back and rectification deadlines',
  'calendar.provisionalInUse': 'The State Council holiday notice for {years} is not loaded',
  'calendar.provisionalHint':
    "Deadlines reaching these years are counted on the statutory holidays (New Year's Day, Spring Festival, Qingming, Labour Day, Dragon Boat, Mid-Autumn, National Day) without make-up working days, and marked provisional on screen, in messages and on slips. Load the notice as soon as it is published.",
  'calendar.year': 'Year',
  'calendar.origin': 'From',
  'calendar.origin.built_in': 'Built in',
  'calendar.origin.added': 'Loaded',
  'calendar.origin.provisional': 'Provisional',
  'calendar.source': 'Basis',
  'calendar.addedAt': 'Loaded at',
  'calendar.holiday': 'Holiday',
  'calendar.daysOff': 'Days off',
  'calendar.dayCount': '{n} days',
  'calendar.makeUp': 'Make-up working days',
};
