/**
 * The payer behind a self-service hall request: the logged-in employer account's employer, or the
 * logged-in person as a flexible worker. Hall routes are scoped to it; another payer is never named.
 */
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { hallAccountOf } from '../../http/access.ts';
import { employerOfAccount, personOfAccount } from '../registration/index.ts';
import type { Payer } from './collection.model.ts';

export async function hallEmployerPayer(ctx: AppContext, request: FastifyRequest): Promise<Payer> {
  const employer = await employerOfAccount(ctx.db, hallAccountOf(request, 'employer').id);
  return { kind: 'employer', employerId: Number(employer.id) };
}

/** The person as a flexible worker, or null when the account has no person record yet. */
export async function hallPersonPayer(ctx: AppContext, request: FastifyRequest): Promise<Payer | null> {
  const personId = await personOfAccount(ctx.db, hallAccountOf(request, 'person').id);
  return personId === null ? null : { kind: 'flexible', personId };
}
