/** What the routes of employers answer: industries, the list, the detail, its history, the 360 view, the hall profile. */
import { z } from 'zod';
import { calendarDay, listOf } from '../../http/response-pieces.ts';
import { EMPLOYER_STATUSES, EMPLOYER_TYPES, SCHEMES } from './registration.model.ts';
import {
  archivedDocumentRow,
  certificateView,
  employerDetailView,
  openCaseRow,
  pageOf,
  registrationChangeView,
} from './registration.responses.ts';

const count = z.number().int().nonnegative();
const ref = z.number().int().positive();

/** A GB/T 4754-2017 division with its work-injury risk class. */
export const industryView = z
  .object({
    code: z.string().describe('Two-digit division code'),
    section: z.string().describe('Section letter'),
    nameZh: z.string(),
    nameEn: z.string(),
    riskClass: z.number().int().min(1).max(8),
  })
  .meta({ id: 'EmployerIndustry' });

/** `GET /api/registration/industries`. */
export const industriesAnswer = listOf(industryView);

/** An employer in a list. */
export const employerSummaryView = z
  .object({
    id: ref,
    employerNo: z.string(),
    creditCode: z.string(),
    name: z.string(),
    type: z.enum(EMPLOYER_TYPES),
    industryCode: z.string(),
    riskClass: z.number().int().min(1).max(8),
    status: z.enum(EMPLOYER_STATUSES),
    poolingRegion: z.string(),
    agencyId: ref,
    agencyName: z.string(),
    registeredOn: calendarDay,
  })
  .meta({ id: 'EmployerSummary' });

/** `GET /api/registration/employers`: one page. */
export const employerPage = pageOf(employerSummaryView).meta({ id: 'EmployerPage' });

/** `GET /api/registration/employers/:id/history`: newest first. */
export const employerHistoryAnswer = listOf(registrationChangeView);

/** `GET /api/registration/employers/:id/view`: the employer 360 view. */
export const employer360View = z
  .object({
    employer: employerDetailView,
    counts: z.object({
      activeEmployees: count,
      enrolmentsByScheme: z
        .partialRecord(z.enum(SCHEMES), count)
        .describe('Active and suspended enrolments with this employer, per scheme (absent: none)'),
    }),
    certificates: listOf(certificateView),
    openCases: listOf(openCaseRow),
    documents: listOf(archivedDocumentRow),
    recentChanges: listOf(registrationChangeView),
  })
  .meta({ id: 'Employer360' });

/** `GET /api/hall/employer/profile`: the employer's own record (masked) and its certificates. */
export const employerProfileView = employerDetailView
  .extend({ certificates: listOf(certificateView) })
  .meta({ id: 'EmployerHallProfile' });
