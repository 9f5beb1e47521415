import { parseArgs } from 'node:util';
import { ConfigError } from '@chartroom/config';
import { CliError } from './cli-error.ts';
import { barcodesCommand, formatBarcodes } from './commands/barcodes.command.ts';
import { classifierListCommand, classifierUseCommand } from './commands/classifier-models.command.ts';
import { classifierTrainCommand, formatTrainReport } from './commands/classifier-train.command.ts';
import { classifyCommand, formatClassify } from './commands/classify.command.ts';
import { formatOcr, ocrCommand } from './commands/ocr.command.ts';
import { demoCommand } from './commands/demo.command.ts';
import { downCommand } from './commands/down.command.ts';
import { dropCommand, formatDropSummary } from './commands/drop.command.ts';
import { patientsImportCommand } from './commands/patients-import.command.ts';
import { formatReviewList, reviewListCommand } from './commands/review-list.command.ts';
import { reviewSetTypeCommand } from './commands/review-set-type.command.ts';
import { formatSearch, searchCommand } from './commands/search.command.ts';
import { statusCommand } from './commands/status.command.ts';
import { upCommand } from './commands/up.command.ts';
import { usersAddCommand, usersListCommand, usersRemoveCommand } from './commands/users.command.ts';
import { cliConfig } from './environment.ts';

const USAGE = `usage: chartroom <command>

  up [--workers N]          bring up services, API and workers (idempotent)
  down                      stop what up started
  status                    each service with its endpoint and health
  patients import <file>    load the patient index (FHIR R4 Bundle, NDJSON of Patients, CSV, or HL7 v2 ADT)
  drop <dir|file...> --station <id> [--batch-name NAME] [--wait] [--timeout SECONDS] [--json]
                            upload a batch as a scanning station would
  search <query> [--patient <mrn>] [--type <docType>] [--limit N] [--json]
  review list [--json]      open review items with their reasons and match decisions
  review set-type <documentId> <type>
                            confirm or change a document's type (a clerk's decision; feeds retraining)
  ocr <dir|file...> [--json]
                            the page stage on local files: clean-up and OCR of every page (no services needed)
  classify <dir|file...> [--model FILE] [--json]
                            document type, date and author of local text files or scans (no services needed)
  classifier train [--csv FILE] [--synthetic] [--from-review] [--out FILE] [--json]
                            train the document-type model (columns text, doc_type); stored in S3 and
                            made current, or written to FILE
  classifier list | use <version>
                            the stored models, the current one marked; make a stored one current (rollback)
  barcodes <dir|file...> [--json]
                            read every barcode on every page of local files (no services needed)
  users add <name> --role <roles> [--display-name TEXT] [--password TEXT] [--cross-patient-search]
                            let someone sign in to the web application (roles: station, clerk,
                            clinician, admin; without --password one is made up and shown once)
  users list | remove <name>
  demo                      the whole journey on generated sample data; prints the web address and demo users`;

const print = (line: string) => process.stdout.write(`${line}\n`);
const note = (line: string) => process.stderr.write(`${line}\n`);
const printJson = (value: unknown) => print(JSON.stringify(value, null, 2));

function positiveInt(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new CliError(`${flag} takes a whole number above 0`);
  return parsed;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      workers: { type: 'string' },
      station: { type: 'string' },
      'batch-name': { type: 'string' },
      wait: { type: 'boolean', default: false },
      timeout: { type: 'string' },
      json: { type: 'boolean', default: false },
      patient: { type: 'string' },
      type: { type: 'string' },
      limit: { type: 'string' },
      model: { type: 'string' },
      csv: { type: 'string' },
      synthetic: { type: 'boolean', default: false },
      'from-review': { type: 'boolean', default: false },
      out: { type: 'string' },
      role: { type: 'string' },
      'display-name': { type: 'string' },
      password: { type: 'string' },
      'cross-patient-search': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...args] = positionals;
  if (values.help || command === undefined) {
    print(USAGE);
    return values.help ? 0 : 2;
  }
  // Progress goes to stderr and only to a terminal, so --json output stays clean for scripts.
  const progress = process.stderr.isTTY ? process.stderr : null;
  switch (command) {
    case 'up':
      await upCommand({ workers: positiveInt(values.workers, '--workers', 1), log: note });
      return 0;
    case 'down':
      await downCommand(note);
      return 0;
    case 'status': {
      const { rows, healthy } = await statusCommand(cliConfig());
      if (values.json) printJson({ healthy, components: rows });
      else
        for (const row of rows)
          print(
            `${row.healthy ? 'ok  ' : 'DOWN'}  ${row.name.padEnd(14)} ${row.endpoint.padEnd(28)} ${row.detail}`,
          );
      return healthy ? 0 : 1;
    }
    case 'patients': {
      const [sub, file] = args;
      if (sub !== 'import' || !file) throw new CliError('usage: chartroom patients import <file>');
      const report = await patientsImportCommand(file, cliConfig());
      if (values.json) printJson(report);
      else {
        print(
          `imported ${report.imported} patient(s) from ${report.format}: ${report.created} new, ${report.updated} updated` +
            (report.format === 'hl7-adt' ? `, ${report.merged} merged` : ''),
        );
        for (const rejected of report.rejected)
          print(`  rejected record ${rejected.record}: ${rejected.reason}`);
        for (const rejected of report.rejectedMerges)
          print(`  rejected merge ${rejected.merge}: ${rejected.reason}`);
      }
      return 0;
    }
    case 'drop': {
      if (!values.station) throw new CliError('drop needs --station <id>');
      if (args.length === 0) throw new CliError('drop needs at least one file or directory');
      const result = await dropCommand(
        args,
        {
          station: values.station,
          batchName: values['batch-name'],
          wait: values.wait,
          timeoutSeconds: positiveInt(values.timeout, '--timeout', 1800),
          progress,
        },
        cliConfig(),
      );
      if (result.summary) {
        if (values.json) printJson(result.summary);
        else print(formatDropSummary(result.summary));
      } else if (values.json) printJson({ batchId: result.batchId, files: result.files });
      else print(`dropped ${result.files} file(s) as batch ${result.batchId}`);
      return 0;
    }
    case 'search': {
      const query = args.join(' ').trim();
      if (query === '') throw new CliError('usage: chartroom search <query>');
      const output = await searchCommand(
        query,
        { patient: values.patient, type: values.type, limit: positiveInt(values.limit, '--limit', 10) },
        cliConfig(),
      );
      if (values.json) printJson(output);
      else print(formatSearch(output));
      return 0;
    }
    case 'review': {
      if (args[0] === 'set-type') {
        const [, documentId, type] = args;
        if (!documentId || !type) throw new CliError('usage: chartroom review set-type <documentId> <type>');
        const result = await reviewSetTypeCommand(documentId, type, cliConfig());
        if (values.json) printJson(result);
        else
          print(
            `document ${result.documentId}: ${result.docType} (filing version ${result.version}, ${result.status})`,
          );
        return 0;
      }
      if (args[0] !== 'list') throw new CliError('usage: chartroom review list|set-type …');
      const list = await reviewListCommand(cliConfig());
      if (values.json) printJson(list);
      else print(formatReviewList(list));
      return 0;
    }
    case 'ocr': {
      if (args.length === 0) throw new CliError('usage: chartroom ocr <file...> [--json]');
      const output = await ocrCommand(args, cliConfig());
      if (values.json) printJson(output);
      else print(formatOcr(output));
      return 0;
    }
    case 'classify': {
      if (args.length === 0)
        throw new CliError('usage: chartroom classify <file...> [--model FILE] [--json]');
      const output = await classifyCommand(args, { modelFile: values.model, note }, cliConfig());
      if (values.json) printJson(output);
      else print(formatClassify(output));
      return 0;
    }
    case 'classifier': {
      if (args[0] === 'list') {
        const list = await classifierListCommand(cliConfig());
        if (values.json) printJson(list);
        else
          for (const model of list.models)
            print(
              `${model.current ? '* ' : '  '}${model.version}${model.current ? `  (${list.current?.source ?? ''})` : ''}`,
            );
        return 0;
      }
      if (args[0] === 'use') {
        if (!args[1]) throw new CliError('usage: chartroom classifier use <version>');
        const pointer = await classifierUseCommand(args[1], cliConfig());
        if (values.json) printJson(pointer);
        else print(`model ${pointer.version} is current; workers use it within a minute`);
        return 0;
      }
      if (args[0] !== 'train')
        throw new CliError('usage: chartroom classifier train|list|use …; see chartroom --help');
      const report = await classifierTrainCommand(
        { csv: values.csv, synthetic: values.synthetic, fromReview: values['from-review'], out: values.out },
        cliConfig(),
      );
      if (values.json) printJson(report);
      else print(formatTrainReport(report));
      return 0;
    }
    case 'barcodes': {
      if (args.length === 0) throw new CliError('usage: chartroom barcodes <file...> [--json]');
      const output = await barcodesCommand(args, cliConfig());
      if (values.json) printJson(output);
      else print(formatBarcodes(output));
      return 0;
    }
    case 'users': {
      if (args[0] === 'list') {
        const list = usersListCommand();
        if (values.json) printJson(list);
        else
          for (const user of list.users)
            print(`${user.username}  ${user.roles.join(',')}  ${user.displayName}`);
        return 0;
      }
      if (args[0] === 'remove' && args[1]) {
        usersRemoveCommand(args[1]);
        print(`${args[1]} removed; their sessions end at their next request`);
        return 0;
      }
      if (args[0] !== 'add' || !args[1] || !values.role)
        throw new CliError(
          'usage: chartroom users add <name> --role <roles> | users list | users remove <name>',
        );
      const added = await usersAddCommand(args[1], {
        roles: values.role,
        displayName: values['display-name'],
        password: values.password,
        crossPatientSearch: values['cross-patient-search'],
      });
      if (values.json) printJson(added);
      else {
        print(`${added.username} (${added.roles.join(', ')}) saved in ${added.file}`);
        if (added.password)
          print(`password: ${added.password}   (shown once; pass --password to choose one)`);
      }
      return 0;
    }
    case 'demo':
      await demoCommand(note, progress);
      return 0;
    default:
      throw new CliError(`unknown command "${command}"; run chartroom --help`, 2);
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`chartroom: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else if (error instanceof ConfigError) {
    process.stderr.write(`chartroom: ${error.message}\n`);
    process.exitCode = 1;
  } else if (
    error instanceof TypeError &&
    'code' in error &&
    String(error.code).startsWith('ERR_PARSE_ARGS')
  ) {
    process.stderr.write(`chartroom: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`chartroom: ${message.split('\n')[0]}\n`);
    if (process.env.CHARTROOM_DEBUG) console.error(error);
    process.exitCode = 1;
  }
}
