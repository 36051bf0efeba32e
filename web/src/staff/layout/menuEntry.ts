/**
 * One entry of the staff menu. Its own file because each area's menu (collection, ledger, …) names
 * it and `menuItems.tsx` imports those menus: a type in `menuItems.tsx` would tie them in a circle.
 */
import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/index.ts';

export type StaffMenuGroup =
  'desk' | 'registration' | 'collection' | 'ledger' | 'supervision' | 'catalog' | 'system' | null;

export interface StaffMenuEntry {
  path: string;
  label: MessageKey;
  description: MessageKey;
  icon: ReactNode;
  /** null: every logged-in member of staff sees it. */
  permission: string | null;
  testId: string;
  /** The heading the entry is listed under (null: at the top or bottom, ungrouped). */
  group: StaffMenuGroup;
}
