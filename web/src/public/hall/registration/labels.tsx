import { Tag } from 'antd';
import type { Translate } from '../../../i18n/index.ts';
import { labelOf } from '../../../ui/labels.ts';
import type { Scheme } from './types.ts';

/** A scheme's name in the interface language. */
export const schemeName = (t: Translate, scheme: string) => labelOf(t, 'hreg.scheme', scheme);

/** The schemes of an employment as small tags. */
export function SchemeTags({ t, schemes }: { t: Translate; schemes: readonly Scheme[] }) {
  return (
    <>
      {schemes.map((s) => (
        <Tag key={s} style={{ marginBottom: 2 }}>
          {schemeName(t, s)}
        </Tag>
      ))}
    </>
  );
}
