/** `shebao calc <what> '<json>'`: the business calculations, one JSON object in, one out. */
import type { Command } from 'commander';

/** Registers the `calc` command group. */
export function registerCalcCommands(program: Command): void {
  const calc = program.command('calc').description('run a business calculation on JSON input and print JSON');
  calc
    .command('interest <json>')
    .description(
      'year-end interest of an individual account: {"openingBalance","rate","method":"annual"|"monthly-product","monthlyCredits":[12 amounts],"months"?: 1-12 for pro rata}',
    )
    .action(async (json: string) => {
      // The calculation alone, not the ledger's index: the command starts without loading the database layer.
      const { calcInterest } = await import('../modules/ledger/index.ts');
      const outcome = calcInterest(json);
      if (outcome.ok) console.log(JSON.stringify(outcome.output));
      else console.error(JSON.stringify(outcome.error));
      process.exitCode = outcome.ok ? 0 : 1;
    });
  calc
    .command('contribution <json>')
    .description(
      'contribution assessment of a wage: {"wage","period":"YYYYMM","region"} (parameters from the database) or {"wage","period","params":{"averageWage","floorRatio","ceilingRatio","rates":{…}}}; optional "riskClass" 1-8, "float", "flexible"',
    )
    .action(async (json: string) => {
      const outcome = await calcContributionWithSystem(json);
      if (outcome.ok) console.log(JSON.stringify(outcome.output));
      else console.error(JSON.stringify(outcome.error));
      process.exitCode = outcome.ok ? 0 : 1;
    });
  calc
    .command('late-fee <json>')
    .description(
      'late fee (滞纳金) of arrears: {"arrears","period":"YYYYMM","assessedOn":"YYYY-MM-DD","rates"?: [{"validFrom","rate"}],"deferred"?: [{"from","to"}]}',
    )
    .action(async (json: string) => {
      const { calcLateFee } = await import('../modules/collection/index.ts');
      const outcome = calcLateFee(json);
      if (outcome.ok) console.log(JSON.stringify(outcome.output));
      else console.error(JSON.stringify(outcome.error));
      process.exitCode = outcome.ok ? 0 : 1;
    });
}

/**
 * The explicit form needs no database; the region form opens the configured system (migrated) for
 * the parameters, only when they are asked for, and closes it again.
 */
async function calcContributionWithSystem(json: string) {
  const { calcContribution, collectionParameters } = await import('../modules/contributions/index.ts');
  let system: Awaited<ReturnType<typeof import('../system.ts').openSystem>> | undefined;
  try {
    return await calcContribution(json, async (region, period) => {
      system ??= await (await import('../system.ts')).openSystem();
      return collectionParameters(system.ctx.db, region, period);
    });
  } finally {
    await system?.close();
  }
}
