import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useI18n, type Translate } from '../i18n/index.ts';
import { labelOf } from './labels.ts';
import { type StatusFamily, type StatusLook, statusColour, statusLooks } from './statusLooks.ts';

/** The label of `status` in `family`, in the interface language (its code when the dictionary has none). */
export function statusLabel(t: Translate, family: StatusFamily, status: string): string {
  const look: StatusLook = statusLooks[family];
  const key = look.keys?.[status];
  return key ? t(key) : labelOf(t, look.prefix, status);
}

/**
 * A status as a coloured tag: one component for every family (statusLooks.ts), so a status looks
 * the same on every page. `children` follow the label (a notice's "· matched by reference").
 */
export function StatusTag({
  family,
  status,
  children,
}: {
  family: StatusFamily;
  status: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const look: StatusLook = statusLooks[family];
  return (
    <Tag color={statusColour(family, status)} data-testid={look.testId} data-status={status}>
      {statusLabel(t, family, status)}
      {children}
    </Tag>
  );
}
