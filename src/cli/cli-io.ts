/** What a CLI command may touch besides files: injected so tests can run commands in-process. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  /** Standard input as bytes, read on demand (only commands that accept `-` read it). */
  readStdin(): Promise<Buffer>;
  /** Environment variables (e.g. SOURCE_DATE_EPOCH). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A subcommand of `bitext-tm`. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full `--help` text: usage line, options, an example. */
  readonly help: string;
  /** Run with the arguments after the command name; resolve to the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/**
 * Run a command body that has nothing to wait for under the contract of
 * {@link Command.run}: it runs now, its exit code comes back as a promise and
 * a thrown error as a rejection, exactly as an `async` body without `await` would.
 * @example await runNow(() => 0) //=> 0
 */
export function runNow(body: () => number): Promise<number> {
  return new Promise((resolve) => {
    resolve(body());
  });
}

/** The real process's streams. */
export const processIo: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  async readStdin(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
};
