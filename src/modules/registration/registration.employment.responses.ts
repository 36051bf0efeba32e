/** What the routes of employment and enrolment answer: an employment with its enrolments, an enrolment, employees. */
import { z } from 'zod';
import { calendarDay, listOf } from '../../http/response-pieces.ts';
import { SCHEMES, SEPARATION_REASONS } from './registration.model.ts';
import { employmentView, enrolmentView, pageOf } from './registration.responses.ts';

const ref = z.number().int().positive();

/** An employment after a hire or a separation, with its enrolments. */
export const employmentResultView = z
  .object({ employment: employmentView, enrolments: listOf(enrolmentView) })
  .meta({ id: 'EmploymentResult' });

/** A hire at the window, with whom it hired (masked): the clerk may have named the person by citizen ID. */
export const hireResultView = employmentResultView
  .extend({ person: z.object({ id: ref, name: z.string(), idMasked: z.string() }) })
  .meta({ id: 'EmploymentHireResult' });

/** An employee of an employer (identity masked). */
export const employeeView = z
  .object({
    personId: ref,
    name: z.string(),
    idMasked: z.string(),
    employmentId: ref,
    hiredOn: calendarDay,
    separatedOn: calendarDay.nullable(),
    separationReason: z.enum(SEPARATION_REASONS).nullable(),
    status: z.enum(['active', 'ended']),
    schemes: listOf(z.enum(SCHEMES)).describe('Open enrolments of an active employment; every scheme once it ended'),
  })
  .meta({ id: 'EmploymentEmployee' });

/** `GET /api/registration/employers/:id/employees` and `GET /api/hall/employer/employees`: one page. */
export const employeePage = pageOf(employeeView).meta({ id: 'EmploymentEmployeePage' });
