import type { IntakeDecision, MediaType, PendingUpload, Requirement, ServiceGuide, Text } from '../../api/deskTypes.ts';

/** One line of the bundle's shared checklist: a material code as the chosen items need it. */
export interface ChecklistLine {
  code: string;
  name: Text;
  note: Text | null;
  /** The strictest requirement among the items that list it. */
  requirement: Requirement;
  /** Types every item accepts for it (the first item's when they share none). */
  mediaTypes: MediaType[];
  maxBytes: number;
  /** Item codes that list it, with the requirement each gives it. */
  items: { code: string; name: Text; requirement: Requirement }[];
}

const strength: Record<Requirement, number> = { optional: 0, later: 1, required: 2 };

/** Merges the chosen items' materials: a material received once serves every case of the bundle. */
export function buildChecklist(guides: readonly ServiceGuide[]): ChecklistLine[] {
  const lines = new Map<string, ChecklistLine>();
  for (const g of guides) {
    for (const m of g.item.materials) {
      const entry = { code: g.code, name: g.item.name, requirement: m.requirement };
      const line = lines.get(m.code);
      if (!line) {
        lines.set(m.code, { ...m, mediaTypes: [...m.mediaTypes], items: [entry] });
        continue;
      }
      line.items.push(entry);
      if (strength[m.requirement] > strength[line.requirement]) line.requirement = m.requirement;
      const shared = line.mediaTypes.filter((t) => m.mediaTypes.includes(t));
      if (shared.length > 0) line.mediaTypes = shared;
      line.maxBytes = Math.min(line.maxBytes, m.maxBytes);
    }
  }
  return [...lines.values()].sort((a, b) => strength[b.requirement] - strength[a.requirement]);
}

export type MaterialChoice =
  { state: 'received'; upload: PendingUpload | null } | { state: 'missing' } | { state: 'waived'; note: string };

export interface ItemChoice {
  code: string;
  decision: IntakeDecision;
  reason: string;
}

/** What each item's decision amounts to with the materials as they are: the clerk sees it before sending. */
export type Forecast = 'accept' | 'accept_with_missing' | 'blocked' | 'receive' | 'decline';

export function forecast(
  item: ItemChoice,
  guide: ServiceGuide | undefined,
  choices: Record<string, MaterialChoice | undefined>,
): { outcome: Forecast; missingRequired: string[]; missingLater: string[] } {
  const missing = (requirement: Requirement) =>
    (guide?.item.materials ?? [])
      .filter((m) => m.requirement === requirement && (choices[m.code]?.state ?? 'missing') === 'missing')
      .map((m) => m.code);
  const missingRequired = missing('required');
  const missingLater = missing('later');
  if (item.decision === 'decline') return { outcome: 'decline', missingRequired, missingLater };
  if (item.decision === 'receive') return { outcome: 'receive', missingRequired, missingLater };
  if (missingRequired.length > 0) return { outcome: 'blocked', missingRequired, missingLater };
  return { outcome: missingLater.length > 0 ? 'accept_with_missing' : 'accept', missingRequired, missingLater };
}
