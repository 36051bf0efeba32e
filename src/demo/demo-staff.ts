/** The demo staff members the seed acts as, loaded as the services expect them (actor and audit actor). */
import type { AppContext } from '../app-context.ts';
import type { AuditActor } from '../modules/audit/index.ts';
import { loadStaffActor, type StaffActor } from '../modules/auth/index.ts';

/** A staff member and the audit actor of their acts. */
export interface DemoStaffMember {
  readonly actor: StaffActor;
  readonly audit: AuditActor;
}

/** The demo staff member with this user name (see demo-data.ts), or null when not seeded. */
export async function demoStaff(ctx: AppContext, username: string): Promise<DemoStaffMember | null> {
  const row = await ctx.db.selectFrom('staff').select('id').where('username', '=', username).executeTakeFirst();
  const actor = row ? await loadStaffActor(ctx.db, row.id) : null;
  if (!actor) return null;
  return {
    actor,
    audit: {
      kind: 'staff',
      id: actor.id,
      name: actor.displayName,
      agencyId: actor.agencyId,
      ip: null,
      requestId: null,
    },
  };
}
