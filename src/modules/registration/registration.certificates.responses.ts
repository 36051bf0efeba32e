/** What the certificate routes answer: certificates, the due list, the public check, and the PDFs. */
import { z } from 'zod';
import { fileResponse } from '../../http/responses.ts';
import { calendarDay, listOf } from '../../http/response-pieces.ts';
import { CERTIFICATE_KINDS } from './registration.model.ts';
import { certificateCheckStatus, certificateView, pageOf } from './registration.responses.ts';

/** `GET /api/registration/employers/:id/certificates` and `GET /api/hall/person/certificates`: newest first. */
export const certificateList = listOf(certificateView);

/** `GET /api/registration/certificates/due`: registration certificates due for verification, with their employer. */
export const dueCertificatePage = pageOf(
  certificateView.extend({ employerName: z.string(), employerNo: z.string(), agencyName: z.string() }),
).meta({ id: 'CertificateDuePage' });

/** `GET /api/public/certificates/check`: what anyone holding the number and the code may learn. */
export const certificateCheckView = z
  .object({
    certificateNo: z.string(),
    kind: z.enum(CERTIFICATE_KINDS),
    status: certificateCheckStatus,
    issuedOn: calendarDay,
    verifyDueOn: calendarDay.nullable(),
    subject: z.object({
      name: z.string(),
      creditCode: z.string().optional().describe('Employers'),
      idMasked: z.string().optional().describe('Persons: the citizen ID, masked'),
    }),
    statements: listOf(z.string()).describe('Lines as printed, in Chinese'),
    agencyName: z.string(),
  })
  .meta({ id: 'CertificateCheck' });

/** The archived PDF of a certificate. */
export const certificatePdf = fileResponse(['application/pdf'], 'The certificate as archived (PDF)');
