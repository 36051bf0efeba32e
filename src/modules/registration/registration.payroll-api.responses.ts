/** What the payroll API (`/api/v1/…`) answers: the employer's employees, and what a batch of rows did. */
import { z } from 'zod';
import { calendarDay, listOf } from '../../http/response-pieces.ts';
import { SCHEMES } from './registration.model.ts';
import { pageOf } from './registration.responses.ts';

const count = z.number().int().nonnegative();
const ref = z.number().int().positive();

/** An employee as the payroll software sees it (identity masked). */
export const payrollEmployeeView = z
  .object({
    personId: ref,
    name: z.string(),
    idMasked: z.string().describe('The citizen ID, masked'),
    employmentId: ref,
    hiredOn: calendarDay,
    separatedOn: calendarDay.nullable(),
    status: z.enum(['active', 'ended']),
    schemes: listOf(z.enum(SCHEMES)).describe('Every scheme enrolled through this employment'),
  })
  .meta({ id: 'PayrollApiEmployee' });

/** `GET /api/v1/employees`: one page, newest employment first. */
export const payrollEmployeePage = pageOf(payrollEmployeeView).meta({ id: 'PayrollApiEmployeePage' });

/** `POST /api/v1/hires` and `/api/v1/separations`: what the rows did (the same answer again on a replay). */
export const payrollBatchApplied = z
  .object({ hires: count, separations: count, personsCreated: count })
  .meta({ id: 'PayrollApiBatchApplied' });
