/**
 * Who the register says holds a citizen ID or a credit code: the name and the mobile phone on file.
 * Account opening (auth) and case intake (cases) prove identity against it; both sit below
 * registration, so `http/` hands them this function.
 */
import type { Executor } from '../../db/connection.ts';
import type { RegisterLookup, RegisteredHolder } from '../auth/index.ts';
import { unseal, type DataKeys } from '../../kernel/sm-crypto.ts';
import { employerIndex, personIndex } from './registration.identity.ts';
import { PERSON_PHONE } from './registration.persons.rules.ts';

/** A merged record leads to the one it went into; a chain longer than this is a data error. */
const MERGE_CHAIN_MAX = 5;

function mobileOf(keys: DataKeys, sealed: string | null): string | null {
  if (sealed === null) return null;
  const phone = unseal(keys, sealed);
  return PERSON_PHONE.test(phone) ? phone : null;
}

async function personHolder(db: Executor, keys: DataKeys, citizenId: string): Promise<RegisteredHolder | null> {
  const columns = ['person_id', 'name', 'phone_enc', 'status', 'merged_into'] as const;
  let row = await db
    .selectFrom('persons')
    .select(columns)
    .where('id_index', '=', personIndex(keys, citizenId))
    .executeTakeFirst();
  for (let hop = 0; row?.merged_into != null && hop < MERGE_CHAIN_MAX; hop++)
    row = await db.selectFrom('persons').select(columns).where('person_id', '=', row.merged_into).executeTakeFirst();
  if (!row || row.status !== 'active') return null;
  return { kind: 'person', id: row.person_id, name: row.name, mobile: mobileOf(keys, row.phone_enc) };
}

async function employerHolder(db: Executor, keys: DataKeys, creditCode: string): Promise<RegisteredHolder | null> {
  const row = await db
    .selectFrom('employers')
    .select(['id', 'name', 'contact_phone_enc'])
    .where('identifier_index', '=', employerIndex(keys, creditCode))
    .executeTakeFirst();
  // The registered contact phone may be a landline: then there is no phone to text.
  return row ? { kind: 'employer', id: row.id, name: row.name, mobile: mobileOf(keys, row.contact_phone_enc) } : null;
}

/** The register's holder of a normalised citizen ID or credit code; null when not registered or deceased. */
export const registeredHolder: RegisterLookup = (db, keys, kind, normalizedIdentifier) =>
  kind === 'person' ? personHolder(db, keys, normalizedIdentifier) : employerHolder(db, keys, normalizedIdentifier);
