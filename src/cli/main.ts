#!/usr/bin/env node
/** The `bitext-tm` executable: run the CLI on this process's arguments. */
import { processIo } from './cli-io';
import { removePendingFilesSync } from './output/pending-file';
import { writeError } from './output/write-error';
import { formatError } from './report-error';
import { runCli } from './run-cli';

// `bitext-tm … | head` closes the pipe early: that is the reader's choice, not an error.
// Any other failure of standard output (a full disk under `> file`) is the machine's: one line, exit 1.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`bitext-tm: ${formatError(writeError('standard output', error, 'the output is incomplete'))}\n`);
  process.exit(1);
});

// Ctrl-C or a kill while writing: delete the temporary files, so nothing half-written stays behind.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    removePendingFilesSync();
    process.exit(code);
  });
}

void runCli(process.argv.slice(2), processIo).then((code) => {
  process.exitCode = code;
});
