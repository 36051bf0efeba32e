import { Flex, Segmented } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { EmployerPicker, PersonPicker } from '../../registration/shared/Pickers.tsx';
import type { Payer } from '../../../shared/collection/collectionTypes.ts';

/** An employer, or a flexible worker, searched on the server; null until one is chosen. */
export function PayerPicker({
  value,
  onChange,
  testId,
  allowFlexible = true,
}: {
  value?: Payer | null;
  onChange?: (payer: Payer | null) => void;
  testId: string;
  allowFlexible?: boolean;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Payer['kind']>(value?.kind ?? 'employer');
  return (
    <Flex gap={8} wrap align="center" data-testid={testId}>
      {allowFlexible && (
        <Segmented<Payer['kind']>
          value={kind}
          onChange={(k) => {
            setKind(k);
            onChange?.(null);
          }}
          options={[
            { value: 'employer', label: t('coll.payerKind.employer') },
            { value: 'flexible', label: t('coll.payerKind.flexible') },
          ]}
        />
      )}
      <div style={{ minWidth: 320 }}>
        {kind === 'employer' ? (
          <EmployerPicker
            value={value?.kind === 'employer' ? value.employerId : null}
            onChange={(id) => onChange?.(id === null ? null : { kind: 'employer', employerId: id })}
            testId={`${testId}-employer`}
          />
        ) : (
          <PersonPicker
            value={value?.kind === 'flexible' ? value.personId : null}
            onChange={(id) => onChange?.(id === null ? null : { kind: 'flexible', personId: id })}
            testId={`${testId}-person`}
          />
        )}
      </div>
    </Flex>
  );
}
