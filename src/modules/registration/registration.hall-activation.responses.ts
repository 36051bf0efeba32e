/** What the hall activation routes answer: the code issued (shown once), and the slip or letter to print. */
import { z } from 'zod';
import { calendarDay } from '../../http/response-pieces.ts';
import { fileResponse } from '../../http/responses.ts';

/** `POST …/hall-activation`: the code issued, to hand over, post or text (never stored in clear). */
export const activationIssuedView = z
  .object({
    activationId: z.number().int().positive(),
    code: z.string().describe('The code as printed, two groups of five: in this answer only'),
    validThrough: calendarDay.describe('The last day the code may be used (China time)'),
    delivery: z.enum(['slip', 'letter', 'sms']),
    sentTo: z.string().nullable().describe('sms: the phone texted, masked; otherwise null'),
    accountExists: z.boolean().describe('The holder has a hall account: the code re-binds it'),
  })
  .meta({ id: 'HallActivationIssued' });

/** `POST /api/registration/hall-activations/:id/document`: the slip or letter. */
export const activationDocumentFile = fileResponse(['application/pdf'], 'The activation slip or letter (PDF)');
