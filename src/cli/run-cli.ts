/** Dispatch `bitext-tm <command> …` to a command; map errors to exit codes. */
import { isBitextError, UsageError } from '../errors';
import type { CliIo, Command } from './cli-io';
import { COMMANDS } from './commands/index';
import { errnoOf, writeError } from './output/write-error';
import { formatError } from './report-error';
import { VERSION } from '../version';

/** Exit codes: 0 done, 1 bad input or usage (one line on stderr), 70 internal error (a bug). */
export const EXIT = { ok: 0, userError: 1, internalError: 70 } as const;

/** Run the CLI with `args` (no node/script prefix); resolves to the exit code. */
export async function runCli(args: readonly string[], io: CliIo, commands: readonly Command[] = COMMANDS): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    const command = topic === undefined ? undefined : commands.find((c) => c.name === topic);
    io.stdout.write(command ? `${command.help.trimEnd()}\n` : mainHelp(commands));
    return name === undefined ? EXIT.userError : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  try {
    if (!command) {
      throw new UsageError('CLI_UNKNOWN_COMMAND', `Unknown command "${name}"; expected one of: ${commands.map((c) => c.name).join(', ')}. Run "bitext-tm --help".`);
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(`${command.help.trimEnd()}\n`);
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (thrown) {
    const error = asEnvironmentError(command ? asUsageError(thrown, command) : thrown);
    io.stderr.write(`bitext-tm${command ? ` ${command.name}` : ''}: ${formatError(error)}\n`);
    return isBitextError(error) ? EXIT.userError : EXIT.internalError;
  }
}

/**
 * An unknown option, a missing option value or a stray argument, as node:util's
 * parseArgs reports it (a TypeError with an ERR_PARSE_ARGS_* code), is a user
 * mistake like any other: turn it into a UsageError here, once for every command.
 */
function asUsageError(error: unknown, command: Command): unknown {
  const code = error instanceof TypeError ? (error as TypeError & { code?: unknown }).code : undefined;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return error;
  // node:util's messages end without a period, or span three lines (an ambiguous "--limit -1"): one sentence here.
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/gu, ' ').replace(/(?<![.?!])$/u, '.');
  return new UsageError('CLI_USAGE', `${message} Run "bitext-tm ${command.name} --help".`, { cause: error });
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

Run "bitext-tm <command> --help" for a command's options.
`;
}
