import type { CatalogMaterial, CatalogStep, ItemContent, ItemVersion, Text } from '../../api/deskTypes.ts';
import type { ItemContentInput } from './catalogAdminApi.ts';

/** Form values of the item editor: the content with sizes in MB and optional texts as possibly-empty pairs. */
export interface ItemFormValues {
  code?: string;
  categoryCode: string;
  sort: number;
  changedOn: string;
  changeNote: Text;
  content: Omit<ItemContent, 'materials' | 'steps' | 'timeLimitNote' | 'separatedSteps'> & {
    timeLimitNote?: Partial<Text> | null;
    materials: (Omit<CatalogMaterial, 'maxBytes' | 'note'> & { maxMb: number; note?: Partial<Text> | null })[];
    steps: (Omit<CatalogStep, 'description'> & { description?: Partial<Text> | null })[];
    separatedSteps: { a: string; b: string }[];
  };
}

const MB = 1024 * 1024;

/** An optional text: null when both sides are empty; otherwise both sides, trimmed. */
function optionalText(v: Partial<Text> | null | undefined): Text | null {
  const zh = v?.zh?.trim() ?? '';
  const en = v?.en?.trim() ?? '';
  return zh === '' && en === '' ? null : { zh, en };
}

const text = (v: Text): Text => ({ zh: v.zh.trim(), en: v.en.trim() });

export function toContent(v: ItemFormValues['content']): ItemContentInput {
  return {
    name: text(v.name),
    summary: text(v.summary),
    materials: v.materials.map((m) => ({
      code: m.code.trim(),
      name: text(m.name),
      requirement: m.requirement,
      mediaTypes: m.mediaTypes,
      maxBytes: Math.round(m.maxMb * MB),
      note: optionalText(m.note),
    })),
    howToApply: text(v.howToApply),
    channels: v.channels,
    statutoryDays: v.statutoryDays,
    promisedDays: v.promisedDays,
    timeLimitNote: optionalText(v.timeLimitNote),
    delivery: text(v.delivery),
    fees: text(v.fees),
    officeHours: text(v.officeHours),
    place: text(v.place),
    enquiry: text(v.enquiry),
    complaint: text(v.complaint),
    basis: text(v.basis),
    conditions: text(v.conditions),
    steps: v.steps.map((s) => ({
      code: s.code.trim(),
      name: text(s.name),
      permission: s.permission,
      description: optionalText(s.description),
    })),
    separatedSteps: v.separatedSteps.filter((p) => p.a && p.b).map((p) => [p.a, p.b]),
    module: v.module.trim(),
    workflow: v.workflow.trim(),
  };
}

/** The editor's starting values from a version (a change starts from the latest one). */
export function fromVersion(v: ItemVersion): ItemFormValues['content'] {
  return {
    ...v,
    materials: v.materials.map((m) => ({ ...m, maxMb: Math.round((m.maxBytes / MB) * 10) / 10 })),
    steps: v.steps.map((s) => ({ ...s })),
    separatedSteps: v.separatedSteps.map(([a = '', b = '']) => ({ a, b })),
  };
}

export const emptyContent: Partial<ItemFormValues['content']> = {
  channels: ['window'],
  statutoryDays: 5,
  promisedDays: 3,
  materials: [],
  steps: [{ code: 'accept', name: { zh: '受理', en: 'Accept' }, permission: 'case.accept', description: null }],
  separatedSteps: [],
  module: 'general',
  workflow: 'accept',
};
