/** What the policy routes answer (the shapes served in the OpenAPI document). */
import { z } from 'zod';
import { calendarDay, instant, instantText, listOf } from '../../http/response-pieces.ts';
import { POLICY_CHANGE_STATUSES, POLICY_INSURANCES, POLICY_KINDS } from './policy.model.ts';

const kind = z.enum(POLICY_KINDS);
const regionCode = z.string().describe('A 6-digit region code; 000000 is the national default');
const valueText = z
  .string()
  .describe('The value as text: a rate as an exact decimal, money in yuan with two decimals, digits, a text, or JSON');

/** One entry of the closed catalogue of keys. */
const policyKey = z
  .object({
    key: z.string(),
    kind,
    insurance: z.enum(POLICY_INSURANCES),
    nameZh: z.string(),
    nameEn: z.string(),
    unit: z.string(),
    description: z.string(),
    local: z.boolean().describe('Whether regions are expected to set their own value'),
    valueMin: z.string().nullable(),
    valueMax: z.string().nullable(),
    allowedValues: listOf(z.string()).nullable().describe('The values a text key accepts'),
  })
  .meta({ id: 'PolicyKey' });

/** `GET /api/policy/keys`, in display order. */
export const policyKeysAnswer = listOf(policyKey);

/** `GET /api/policy/parameters`: every key with its value in force (null fields: none). */
export const parametersInForceAnswer = z.object({
  region: regionCode,
  on: calendarDay,
  parameters: listOf(
    z
      .object({
        key: z.string(),
        kind,
        insurance: z.enum(POLICY_INSURANCES),
        nameZh: z.string(),
        nameEn: z.string(),
        unit: z.string(),
        local: z.boolean(),
        value: valueText.nullable(),
        region: regionCode.nullable().describe('The region the value comes from (the asked one or a fallback)'),
        validFrom: calendarDay.nullable(),
        basis: z.string().nullable(),
      })
      .meta({ id: 'PolicyParameterInForce' }),
  ),
});

/** `GET /api/policy/parameters/:key/history`. */
export const parameterHistoryAnswer = z.object({
  key: z.string(),
  region: regionCode,
  rows: listOf(
    z
      .object({
        id: z.number().int(),
        region: regionCode,
        key: z.string(),
        kind,
        validFrom: calendarDay,
        revision: z.number().int(),
        supersedes: z.number().int().nullable().describe('The row this revision corrects'),
        superseded: z.boolean().describe('A later revision corrects this row'),
        value: valueText,
        basis: z.string(),
        changeId: z.number().int().nullable().describe('The approved change that wrote it; null for seeds'),
        createdAt: instant,
      })
      .meta({ id: 'PolicyParameterRow' }),
  ),
  steps: listOf(
    z
      .object({ from: calendarDay, value: valueText, region: regionCode })
      .meta({ id: 'PolicyStep', description: 'The value in force for the region from a day on' }),
  ),
});

const staffRef = z.object({ id: z.number().int(), name: z.string() });

/** A proposed change under maker-checker. */
export const policyChange = z
  .object({
    id: z.number().int(),
    region: regionCode,
    key: z.string(),
    kind,
    validFrom: calendarDay,
    value: valueText,
    reason: z.string(),
    basis: z.string(),
    status: z.enum(POLICY_CHANGE_STATUSES),
    proposedBy: staffRef,
    proposedAt: instantText,
    decidedBy: staffRef.nullable(),
    decidedAt: instantText.nullable(),
    decisionNote: z.string().nullable(),
    current: z
      .object({ value: valueText, region: regionCode, validFrom: calendarDay })
      .nullable()
      .describe('Pending changes only: the value in force for the region on validFrom before this change'),
  })
  .meta({ id: 'PolicyChange' });

/** `GET /api/policy/changes`, newest first. */
export const policyChangesAnswer = listOf(policyChange);
