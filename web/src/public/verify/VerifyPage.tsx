import { CheckResult } from './CheckResult.tsx';
import { useCheckCertificate } from './verifyApi.ts';
import { VerifyLookup } from './VerifyLookup.tsx';

/**
 * `/verify`: anyone checks a certificate by its number and verification code. The QR code on a
 * certificate opens `/verify?no=…&code=…`, which fills the form and checks at once.
 */
export default function VerifyPage() {
  return (
    <VerifyLookup
      check={useCheckCertificate()}
      notFoundCode="certificate_not_found"
      testId="verify"
      texts={{
        title: 'hreg.verify.title',
        intro: 'hreg.verify.intro',
        no: 'hreg.verify.no',
        code: 'hreg.verify.code',
        check: 'hreg.verify.check',
        notFound: 'hreg.verify.notFound',
        notFoundText: 'hreg.verify.notFoundText',
        emptyHint: 'hreg.verify.emptyHint',
      }}
      renderResult={(check) => <CheckResult check={check} />}
    />
  );
}
