import type { Agency } from '../../api/types.ts';

export type AgencyNode = Agency & { children?: AgencyNode[] };

const byCode = (a: Agency, b: Agency) => a.code.localeCompare(b.code);

/** Nests the flat list by parentId; an agency whose parent is outside the list is a root. */
export function buildAgencyTree(items: readonly Agency[]): AgencyNode[] {
  const ids = new Set(items.map((a) => a.id));
  const children = new Map<number, Agency[]>();
  for (const a of items) {
    if (a.parentId !== null && ids.has(a.parentId)) children.set(a.parentId, [...(children.get(a.parentId) ?? []), a]);
  }
  const nest = (a: Agency): AgencyNode => {
    const kids = (children.get(a.id) ?? []).sort(byCode).map(nest);
    return kids.length > 0 ? { ...a, children: kids } : { ...a };
  };
  return items
    .filter((a) => a.parentId === null || !ids.has(a.parentId))
    .sort(byCode)
    .map(nest);
}

/** The agency and everything below it: a move may not target any of these. */
export function subtreeIds(items: readonly Agency[], rootId: number): Set<number> {
  const result = new Set<number>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of items) {
      if (a.parentId !== null && result.has(a.parentId) && !result.has(a.id)) {
        result.add(a.id);
        grew = true;
      }
    }
  }
  return result;
}

/** Ids of nodes that have children, to expand the whole tree. */
export function parentIds(nodes: readonly AgencyNode[]): number[] {
  return nodes.flatMap((n) => (n.children ? [n.id, ...parentIds(n.children)] : []));
}
