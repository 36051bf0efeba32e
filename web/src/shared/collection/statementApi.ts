/**
 * The statement (对账单) of one payer and one period, as the server computes it
 * (`GET …/statements/:period`), and the staff hooks of the employer 360 view. Money as decimal strings.
 */
import { useQuery } from '@tanstack/react-query';
import { type Schema, api, data } from '../../api/typed.ts';
import { collectionKey } from './collectionApi.ts';

/** A payer's statement of one period: declarations, funds, bills, payments and the credit held. */
export type PeriodStatement = Schema<'CollectionStatement'>;
/** One fund's row (or the 合计 row, scheme 'total'). */
export type StatementFund = PeriodStatement['funds'][number];

/** The periods an employer has a statement for, newest first. */
export const useEmployerStatementPeriods = (employerId: number) =>
  useQuery({
    queryKey: [...collectionKey, 'statement-periods', employerId],
    queryFn: async () =>
      data(await api.GET('/api/collection/employers/{id}/statement-periods', { params: { path: { id: employerId } } })),
    select: (answer) => answer.items,
    staleTime: 0,
  });

/** An employer's statement of one period (none asked while the period is null). */
export const useEmployerStatement = (employerId: number, period: string | null) =>
  useQuery({
    queryKey: [...collectionKey, 'statement', employerId, period],
    queryFn: async () =>
      data(
        await api.GET('/api/collection/employers/{id}/statements/{period}', {
          params: { path: { id: employerId, period: period! } },
        }),
      ),
    enabled: period !== null,
    retry: false,
    staleTime: 0,
  });
