import { Form, Input } from 'antd';
import type { PublicKind } from '../api/types.ts';
import { useI18n } from '../i18n/index.ts';
import { looksLikeCitizenId, looksLikeCreditCode } from '../shared/identifierFormat.ts';

/** Citizen ID or credit code, with a warning (not a block) when the check digit looks wrong. */
export function IdentifierField({ kind }: { kind: PublicKind }) {
  const { t } = useI18n();
  const looksRight = kind === 'person' ? looksLikeCitizenId : looksLikeCreditCode;
  return (
    <Form.Item
      name="identifier"
      label={t(kind === 'person' ? 'public.citizenId' : 'public.creditCode')}
      extra={t(kind === 'person' ? 'public.citizenIdHint' : 'public.creditCodeHint')}
      normalize={(v: string) => v.toUpperCase().replace(/\s/g, '')}
      rules={[
        { required: true, message: t('form.required') },
        {
          warningOnly: true,
          validator: (_, v: string | undefined) =>
            !v || looksRight(v) ? Promise.resolve() : Promise.reject(new Error(t('public.identifierLooksWrong'))),
        },
      ]}
    >
      <Input
        maxLength={18}
        autoComplete="username"
        data-testid="public-identifier"
        style={{ fontFamily: 'monospace', letterSpacing: 1 }}
      />
    </Form.Item>
  );
}
