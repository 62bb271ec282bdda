/** Run the CLI in-process with captured stdout/stderr (no build, no child process). */
import type { CliIo } from '../../src/cli/cli-io';
import { runCli } from '../../src/cli/run-cli';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `bitext-tm ...args`; `stdin` is what the command reads for `-`. */
export async function runCliInProcess(args: readonly string[], options: { stdin?: string | Buffer; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    env: options.env ?? {},
    readStdin: () => Promise.resolve(Buffer.from(options.stdin ?? '')),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
