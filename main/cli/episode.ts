import { parseArgs } from 'node:util';
import { errorMessage } from '../../shared/errors.js';
import { ALIGN_ARGS, alignCommand, alignOptions } from './align.js';
import { checkCommand } from './check.js';
import { EXPORT_ARGS, exportCommand, exportOptions } from './export.js';
import { fixCodes, fixCommand } from './fix.js';
import { fmtCommand } from './fmt.js';
import { IMPORT_ARGS, importCommand, importOptions } from './import.js';
import { EXIT, UsageError, processIO, type CliIO } from './io.js';

const USAGE = `usage: episode <command> [options] FILE...

commands:
  check [--json] FILE...                       report problems (exit 1 on errors, 2 if unreadable)
  fmt [--check] [--rewrite] [--stdout] FILE... normalise in place; --rewrite re-emits the whole
                                               frontmatter as PyYAML writes it
  fix [--only CODE,...] [--check] FILE...      apply quick fixes in place (by default the ones that
                                               change no words: time-unquoted, time-sec-mismatch,
                                               who-suspicious); --check only lists them (exit 1)
  import [--format auto|captions|text|transcript|srt|vtt|chapters] [--speakers A,B]
         [--duration SECONDS] [--sentence-case] [--into EPISODE.md] [--replace-headers]
         [--replace-transcript] [--force] --out OUT.md RAW
                                               read raw captions, text, a transcript, SRT/WebVTT
                                               or chapters into a new episode, or merge into
                                               --into (exit 2 if unreadable or unrecognised)
  export --to md|srt|vtt|podcast-json|podcast-chapters|chapters|txt|markdown|json|docx[,...]
         [--clean whitespace,zero-width,fold-paragraphs,safe-fixes,duration|all] [--force]
         [--speaker-prefix] [--fix-chapters] [--out FILE|DIR] EPISODE.md...
                                               export to standard output (one episode, one format)
                                               or to FILE or into DIR; md refuses while errors
                                               remain unless --force (exit 1)
  align (--captions CAPTIONS | --audio AUDIO [--seed]) [--out OUT.md] [--report] [--undo-shift] [--all] EPISODE.md
                                               give the turns the times of a caption track
                                               (auto-captions, SRT, WebVTT), or of the words
                                               recognised in the audio (offline; --seed: placed by
                                               the times it has), in place unless --out;
                                               --report prints each turn's old and new time;
                                               --undo-shift takes a detected offset or cut off;
                                               --all also times turns without a time`;

/** Runs one command line; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check': {
        const { values, positionals } = parseArgs({ args: [...rest], options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
        if (positionals.length === 0) throw new UsageError('episode check: name at least one file');
        return await checkCommand(positionals, { json: values.json }, io);
      }
      case 'fmt': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: { check: { type: 'boolean', default: false }, rewrite: { type: 'boolean', default: false }, stdout: { type: 'boolean', default: false } },
          allowPositionals: true,
        });
        if (positionals.length === 0) throw new UsageError('episode fmt: name at least one file');
        return await fmtCommand(positionals, values, io);
      }
      case 'fix': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: { check: { type: 'boolean', default: false }, only: { type: 'string' } },
          allowPositionals: true,
        });
        if (positionals.length === 0) throw new UsageError('episode fix: name at least one file');
        return await fixCommand(positionals, { codes: fixCodes(values.only), check: values.check }, io);
      }
      case 'import': {
        const { values, positionals } = parseArgs({ args: [...rest], options: IMPORT_ARGS, allowPositionals: true });
        if (positionals.length !== 1) throw new UsageError('episode import: name exactly one raw file to import');
        return await importCommand(positionals[0]!, importOptions(values), io);
      }
      case 'export': {
        const { values, positionals } = parseArgs({ args: [...rest], options: EXPORT_ARGS, allowPositionals: true });
        if (positionals.length === 0) throw new UsageError('episode export: name at least one episode');
        return await exportCommand(positionals, exportOptions(values), io);
      }
      case 'align': {
        const { values, positionals } = parseArgs({ args: [...rest], options: ALIGN_ARGS, allowPositionals: true });
        if (positionals.length !== 1) throw new UsageError('episode align: name exactly one episode to align');
        return await alignCommand(positionals[0]!, alignOptions(values), io);
      }
      case undefined:
      case '--help':
      case 'help':
        io.out(USAGE);
        return command === undefined ? EXIT.unreadable : EXIT.ok;
      default:
        throw new UsageError(`episode: unknown command \`${command}\``);
    }
  } catch (err) {
    io.err(errorMessage(err));
    if (err instanceof UsageError || (err instanceof Error && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) io.err(USAGE);
    return EXIT.unreadable;
  }
}
