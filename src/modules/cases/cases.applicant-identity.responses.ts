/** What the routes of applicant identity at intake answer: the register's name, a reviewer's override. */
import { z } from 'zod';
import { instantText, recordId } from '../../http/response-pieces.ts';

/** `GET /api/cases/applicant-lookup`: the register's name for the identifier, or not registered. */
export const applicantLookupAnswer = z
  .discriminatedUnion('registered', [
    z.object({ registered: z.literal(true), name: z.string().describe('The name the register holds') }),
    z.object({ registered: z.literal(false), name: z.null() }),
  ])
  .meta({ id: 'CaseApplicantLookup' });

/** `POST /api/cases/applicant-name-overrides` (201): the override granted, for one intake until it expires. */
export const applicantNameOverrideAnswer = z
  .object({
    id: recordId,
    name: z.string().describe('The name the intake may use (as on the applicant’s document)'),
    registeredName: z.string(),
    expiresAt: instantText.describe('The override is used by one intake before this instant, or lapses'),
  })
  .meta({ id: 'CaseApplicantNameOverride' });
