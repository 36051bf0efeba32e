/** What the rights-record routes answer (ledger.rights.routes.ts): a person's rights record on a day. */
import { z } from 'zod';
import { calendarDay, listOf, money, period } from '../../../http/response-pieces.ts';
import { FUNDS, INDIVIDUAL_FUNDS, RIGHTS_STATUSES } from '../ledger.model.ts';
import { RIGHTS_EVENT_KINDS } from './ledger.rights.rules.ts';
import { RIGHTS_ROWS_MAX } from './ledger.rights.views.ts';

const months = z.number().int().nonnegative();
const fund = z.enum(FUNDS);

/** Per scheme: counting months and the individual account. */
const schemeView = z
  .object({
    scheme: fund,
    cumulativeMonths: months.describe('Distinct months paid, back-paid or transferred in'),
    firstPeriod: period.nullable().describe('The first counting month; null when none'),
    lastPeriod: period.nullable(),
    accountBalance: money
      .nullable()
      .describe(`The individual account’s balance (${INDIVIDUAL_FUNDS.join(', ')}); null when none is opened`),
    accountStatus: z.enum(['open', 'closed']).nullable(),
    accountOpenedOn: calendarDay.nullable(),
  })
  .meta({ id: 'LedgerRightsScheme' });

/** One month of one scheme and payer. */
const rowView = z
  .object({
    period,
    scheme: fund,
    base: money.describe('The contribution base'),
    employerAmount: money,
    employeeAmount: money,
    accountCredit: money.describe('Credited to the individual account'),
    status: z
      .enum(RIGHTS_STATUSES)
      .describe("On the day: 'due' is owed and not yet due, 'arrears' overdue (even before the month close)"),
    employerName: z.string().nullable(),
    paidOn: calendarDay.nullable(),
    dueOn: calendarDay.nullable().describe('The day an owed month falls due; null for a month never owed'),
  })
  .meta({ id: 'LedgerRightsRow' });

const yearView = z
  .object({
    year: z.number().int(),
    rows: listOf(rowView),
    totals: z.object({
      months: z
        .object({ pension: months, medical: months, unemployment: months, work_injury: months })
        .describe('Counting months of the year per scheme'),
      employerAmount: money,
      employeeAmount: money,
      accountCredit: money,
      outstanding: money.describe('Owed and overdue'),
      notYetDue: money.describe('Owed and not yet due'),
    }),
  })
  .meta({ id: 'LedgerRightsYear' });

/** A derived event; `months` is the length of the stretch it opens. */
const eventView = z
  .object({
    kind: z.enum(RIGHTS_EVENT_KINDS),
    scheme: fund,
    period,
    on: calendarDay.nullable().describe('The day, when the event has one (the opening day of an account)'),
    months: months.nullable().describe('Months of the interruption or of the transferred stretch'),
  })
  .meta({ id: 'LedgerRightsEvent' });

/** `GET /api/ledger/persons/{id}/rights`, `GET /api/hall/person/rights`. */
export const rightsAnswer = z
  .object({
    schemes: listOf(schemeView),
    years: listOf(yearView).describe('Newest year first'),
    events: listOf(eventView),
    truncated: z.boolean().describe(`True when the oldest months were left out (more than ${RIGHTS_ROWS_MAX} rows)`),
  })
  .meta({ id: 'LedgerRights' });
