/**
 * Dispatch `bitext-tm <command> …` to a command; map errors to exit codes.
 *
 * The CLI's parts, one sub-folder each: commands/ (one file per command), input/ (what
 * commands read: text files, batch files, memories, termbases), output/ (files written
 * through a pending file, the error line), summaries/ (what a command prints when done),
 * matches/ (lookup's table), progress/ (progress bars), review/ (the review's files and
 * server). Beside this file: main.ts, cli-io.ts, report-error.ts, did-you-mean.ts.
 */
import { isBitextError, UsageError } from '../errors';
import type { CliIo, Command } from './cli-io';
import { COMMANDS } from './commands/index';
import { suggestion } from './did-you-mean';
import { errnoOf, writeError } from './output/write-error';
import { formatError } from './report-error';
import { VERSION } from '../version';

/** Exit codes: 0 done, 1 bad input or usage (one line on stderr), 70 internal error (a bug). */
export const EXIT = { ok: 0, userError: 1, internalError: 70 } as const;

/** Flags every command takes; the dispatcher handles them, so commands never see them. */
const QUIET_FLAGS: readonly string[] = ['--quiet', '-q'];

/** Run the CLI with `args` (no node/script prefix); resolves to the exit code. */
export async function runCli(args: readonly string[], io: CliIo, commands: readonly Command[] = COMMANDS): Promise<number> {
  const { rest: withoutQuiet, quiet } = takeQuietFlag(args);
  const [name, ...rest] = withoutQuiet;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    const command = topic === undefined ? undefined : commands.find((c) => c.name === topic);
    if (topic !== undefined && !command) return reportUnknownCommand(topic, io, commands);
    io.stdout.write(command ? `${command.help.trimEnd()}\n` : mainHelp(commands));
    return name === undefined ? EXIT.userError : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) return reportUnknownCommand(name, io, commands);
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(`${command.help.trimEnd()}\n`);
      return EXIT.ok;
    }
    // --quiet: no progress bar, summary or warning on stderr; an error still prints its one line.
    return await command.run(rest, quiet ? { ...io, stderr: { write: () => true, isTTY: false } } : io);
  } catch (thrown) {
    const error = asEnvironmentError(asUsageError(thrown, command));
    // On a terminal, clear the line first: a progress bar may still stand on it.
    io.stderr.write(`${io.stderr.isTTY === true ? '\r\u001B[K' : ''}bitext-tm ${command.name}: ${formatError(error)}\n`);
    return isBitextError(error) ? EXIT.userError : EXIT.internalError;
  }
}

/** Remove `--quiet` / `-q` (anywhere before a `--` terminator) and say whether it was there. */
function takeQuietFlag(args: readonly string[]): { rest: string[]; quiet: boolean } {
  const end = args.includes('--') ? args.indexOf('--') : args.length;
  const before = args.slice(0, end);
  const rest = [...before.filter((arg) => !QUIET_FLAGS.includes(arg)), ...args.slice(end)];
  return { rest, quiet: rest.length < args.length };
}

function reportUnknownCommand(name: string, io: CliIo, commands: readonly Command[]): number {
  const names = commands.map((c) => c.name);
  const error = new UsageError('CLI_UNKNOWN_COMMAND', `Unknown command "${name}".${suggestion(name, names)} Commands: ${names.join(', ')}; run "bitext-tm --help".`);
  io.stderr.write(`bitext-tm: ${formatError(error)}\n`);
  return EXIT.userError;
}

/**
 * An unknown option, a missing option value or a stray argument, as node:util's
 * parseArgs reports it (a TypeError with an ERR_PARSE_ARGS_* code; commands let
 * it through), is a user mistake like any other:
 * turn it into one plain line here, once for every command, with a "did you
 * mean" among the options the command's help lists.
 */
function asUsageError(error: unknown, command: Command): unknown {
  const message = parseArgsMessage(error);
  if (message === undefined) return error;
  return new UsageError('CLI_USAGE', `${plainParseArgsMessage(message, command)} Run "bitext-tm ${command.name} --help".`, { cause: error });
}

/** parseArgs's own message, if `error` is a parseArgs failure (commands let them through unwrapped). */
function parseArgsMessage(error: unknown): string | undefined {
  const code = error instanceof TypeError ? (error as TypeError & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_') ? (error as TypeError).message : undefined;
}

/** parseArgs's messages, said plainly (its unknown-option text runs on about '-- "--x"'). */
function plainParseArgsMessage(message: string, command: Command): string {
  const unknown = /^Unknown option '([^']+)'/u.exec(message);
  if (unknown) return `Unknown option "${unknown[1]}".${suggestion(unknown[1] ?? '', optionsOf(command))}`;
  const missing = /^Option '(\S+)(?: <value>)?' argument missing/u.exec(message);
  if (missing) return `Expected a value after ${missing[1]}.`;
  const noValue = /^Option '(\S+)' does not take an argument/u.exec(message);
  if (noValue) return `Option ${noValue[1]} takes no value.`;
  const stray = /^Unexpected argument '(.*)'\. This command does not take positional arguments/u.exec(message);
  if (stray) return `Unexpected argument "${stray[1]}": "bitext-tm ${command.name}" takes only options.`;
  // Other messages end without a period, or span three lines (an ambiguous "--limit -1"): one sentence here.
  return message.replace(/\s*\n\s*/gu, ' ').replace(/(?<![.?!])$/u, '.');
}

/**
 * The options a command's help lists ("--out", "-o", …), the candidates for
 * "did you mean"; test/cli/cli.test.ts checks that the command accepts each.
 * @example optionsOf(buildCommand).includes('--threshold') //=> true
 */
export function optionsOf(command: Command): string[] {
  // Up to the examples, which may run other commands with their own options.
  const examples = command.help.search(/^Examples?\b/mu);
  const help = examples === -1 ? command.help : command.help.slice(0, examples);
  const long = help.match(/(?<![\w-])--[a-z][a-z0-9-]*/gu) ?? [];
  const short = [...help.matchAll(/^\s+(-[a-z]),\s+--/gmu)].map((match) => match[1] ?? '');
  return [...new Set([...long, ...short, '--help', ...QUIET_FLAGS])];
}

/**
 * A file-system error that reached here unwrapped (a full disk while writing,
 * a folder that vanished) is the machine's problem, not a bug: one line and
 * exit 1, like every other, instead of exit 70 with a stack.
 */
function asEnvironmentError(error: unknown): unknown {
  if (isBitextError(error)) return error;
  const errno = errnoOf(error);
  const path = (error as { path?: unknown } | null)?.path;
  if (errno === undefined || typeof (error as { syscall?: unknown } | null)?.syscall !== 'string') return error;
  return writeError(typeof path === 'string' ? path : '(unknown file)', error, 'the command stopped', 'Expected to read or write here');
}

function mainHelp(commands: readonly Command[]): string {
  const width = commands.reduce((max, c) => Math.max(max, c.name.length), 0);
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `bitext-tm ${VERSION}: English–Chinese parallel text to translation memory

Usage: bitext-tm <command> [options]

Commands:
${list}

Options of every command:
  -q, --quiet   no progress bar, summary or warning on stderr (errors still print)
  -h, --help    the command's options and an example

Run "bitext-tm <command> --help" for a command's options.
`;
}
