import type { OpeningHours } from '../api/types.ts';
import type { Language } from '../i18n/index.ts';

const dayNames: Record<Language, string[]> = {
  'zh-CN': ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  en: ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

/** Consecutive days as ranges: [1,2,3,4,5] → 周一至周五 / Mon–Fri; [6,7] → 周六、周日 / Sat, Sun. */
export function daysText(days: readonly number[], lang: Language): string {
  const names = dayNames[lang];
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const d of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === d - 1) run.push(d);
    else runs.push([d]);
  }
  const through = lang === 'en' ? '–' : '至';
  const parts = runs.flatMap((run) =>
    run.length >= 3
      ? [`${names[run[0] ?? 0]}${through}${names[run[run.length - 1] ?? 0]}`]
      : run.map((d) => names[d] ?? ''),
  );
  return parts.join(lang === 'en' ? ', ' : '、');
}

/** One line per opening-hours rule: "周一至周五 09:00–17:00". */
export function openingHoursLines(hours: readonly OpeningHours[], lang: Language): string[] {
  return hours.map((h) => `${daysText(h.days, lang)} ${h.open}–${h.close}`);
}
