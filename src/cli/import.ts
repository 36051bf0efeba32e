/**
 * `shebao import employees <file> --employer <credit code | employer no> [--dry-run] [--lang]`:
 * the spreadsheet import of the hall and the window, from a terminal. A progress bar on stderr, one
 * JSON line on stdout; exit 0 applied (or validated), 1 refused (the error report is written next
 * to the file), 2 usage errors.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';

const EXIT_APPLIED = 0;
const EXIT_REJECTED = 1;
const EXIT_USAGE = 2;
/** Errors echoed on stderr; the report has every one. */
const ERRORS_PRINTED_MAX = 20;

interface ImportOptions {
  readonly employer?: string;
  readonly dryRun?: boolean;
  readonly lang: string;
}

function usage(message: string): number {
  console.error(`shebao import employees: ${message}`);
  return EXIT_USAGE;
}

/** `<dir>/<name>.errors.<ext>` beside the input. */
export function reportPathFor(input: string, format: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}.errors.${format}`);
}

async function runImportCommand(file: string, options: ImportOptions): Promise<number> {
  if (!options.employer) return usage('--employer <credit code or employer number> is required');
  if (options.lang !== 'zh-CN' && options.lang !== 'en') return usage('--lang must be zh-CN or en');
  const language = options.lang;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return usage(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const [{ openSystem }, registration, { Rejection, rejectionMessage }, { MultiBar, Presets }] = await Promise.all([
    import('../system.ts'),
    import('../modules/registration/index.ts'),
    import('../kernel/rejection.ts'),
    import('cli-progress'),
  ]);
  const system = await openSystem();
  const bars = new MultiBar(
    {
      stream: process.stderr,
      clearOnComplete: false,
      hideCursor: true,
      format: ' {stage} [{bar}] {percentage}% {value}/{total}',
    },
    Presets.shades_classic,
  );
  try {
    const code = options.employer.trim().toUpperCase();
    const employer = await system.ctx.db
      .selectFrom('employers')
      .select('id')
      .where((eb) => eb.or([eb('credit_code', '=', code), eb('employer_no', '=', code)]))
      .executeTakeFirst();
    if (!employer) return usage(`no employer has the credit code or employer number ${options.employer}`);
    const who = {
      kind: 'system' as const,
      id: null,
      name: `cli:${os.userInfo().username}`,
      agencyId: null,
      ip: null,
      requestId: null,
    };
    const read = bars.create(1, 0, { stage: language === 'en' ? 'read ' : '读取' });
    const rows = bars.create(1, 0, { stage: language === 'en' ? 'rows ' : '校验/写入' });
    const result = await registration.runImport(system.ctx, who, {
      employerId: employer.id,
      bytes,
      fileName: path.basename(file),
      language,
      channel: 'cli',
      dryRun: options.dryRun === true,
      onProgress: (stage, done, total) => {
        const bar = stage === 'read' ? read : rows;
        bar.setTotal(total);
        bar.update(done);
      },
    });
    bars.stop();
    for (const error of result.errors.slice(0, ERRORS_PRINTED_MAX))
      console.error(`  line ${error.line}: ${error.message}`);
    if (result.errorCount > ERRORS_PRINTED_MAX) console.error(`  … ${result.errorCount - ERRORS_PRINTED_MAX} more`);
    let report: string | null = null;
    if (result.status === 'rejected' && result.importId !== null) {
      const found = await registration.importReport(system.ctx, who, result.importId);
      report = reportPathFor(path.resolve(file), result.format);
      fs.writeFileSync(report, found.bytes);
      console.error(language === 'en' ? `error report: ${report}` : `错误报告：${report}`);
    }
    const { errors: _errors, ...summary } = result;
    console.log(JSON.stringify({ ...summary, report }));
    return result.status === 'rejected' ? EXIT_REJECTED : EXIT_APPLIED;
  } catch (error) {
    bars.stop();
    if (!(error instanceof Rejection)) throw error;
    console.error(`${error.code}: ${rejectionMessage(error.code, language)} ${JSON.stringify(error.details ?? {})}`);
    console.log(JSON.stringify({ status: 'rejected', code: error.code, details: error.details ?? null }));
    return EXIT_REJECTED;
  } finally {
    await system.close();
  }
}

/** Registers `shebao import employees`. */
export function registerImportCommand(program: Command): void {
  const command = program.command('import').description('import data from files');
  command
    .command('employees <file>')
    .description('import hires and separations of one employer from an .xlsx or .csv file: all rows or none')
    .option('--employer <code>', 'the employer: unified social credit code or employer number')
    .option('--dry-run', 'check every row, change nothing')
    .option('--lang <language>', 'language of the messages and of the error report: zh-CN or en', 'zh-CN')
    .exitOverride((error) => {
      // Commander's own refusals (unknown option, missing argument) are usage errors too.
      process.exit(error.exitCode === 0 ? 0 : EXIT_USAGE);
    })
    .action(async (file: string, options: ImportOptions) => {
      process.exitCode = await runImportCommand(file, options);
    });
}
