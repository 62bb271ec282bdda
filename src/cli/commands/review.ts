/** `bitext-tm review OUT_DIR`: review and correct the alignment in the browser. */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { UsageError } from '../../errors';
import type { CliIo, Command } from '../cli-io';
import { findCorpusName, openReviewFolder } from '../review/review-folder';
import { startReviewServer, type ReviewServer } from '../review/review-server';

const HELP = `Usage: bitext-tm review OUT_DIR [options]

Open a page to review the corpus that bitext-tm build wrote to OUT_DIR: the
alignment side by side; per unit confirm, reject (its sentences go back to
unaligned), split, merge with the next row, move a sentence to the unit above
or below, edit either side; per term pair confirm, reject, edit. Keyboard
first (press ? on the page). Filters by status, method and confidence; search
in both languages.

Every decision is saved as it is made: appended to OUT_DIR/NAME.review.jsonl
(who, when, what; flushed to disk before the page is told), and the TMX,
TBX/TSV, units.json and report are regenerated from the reviewed corpus.
Running bitext-tm build again into OUT_DIR keeps the decisions of units whose
text did not change and reports the others.

The page is served on 127.0.0.1 only, at an address with a random token;
stop with Ctrl+C.

Options:
      --name NAME   the corpus to review, when OUT_DIR holds several
      --port N      port on 127.0.0.1 (default: any free port)
      --who NAME    the reviewer's name in the review file (default: your
                    login name; the page can change it)

Example:
  bitext-tm review corpus/out
`;

/** The `review` command: runs until interrupted. */
export const reviewCommand: Command = {
  name: 'review',
  summary: 'review and correct the alignment and terms in the browser',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { name: { type: 'string' }, port: { type: 'string' }, who: { type: 'string' } },
    });
    const [dir, ...extra] = positionals;
    if (dir === undefined || extra.length > 0) throw new UsageError('CLI_USAGE', `Expected one OUT_DIR (the folder bitext-tm build wrote), found ${positionals.length}. Run "bitext-tm review --help".`);
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError('CLI_USAGE', `Expected --port to be a port number (0–65535), found "${values.port}".`);
    const folder = await openReviewFolder(dir, findCorpusName(dir, values.name));
    const server = await startReviewServer({
      folder,
      who: values.who ?? loginName(),
      port,
      log: (line) => io.stderr.write(`${line}\n`),
    });
    const units = folder.stored.base.corpus.units.length;
    io.stdout.write(`Reviewing ${folder.paths.name} (${units} units, revision ${server.session.revision}) at\n${server.url}\nPress Ctrl+C to stop.\n`);
    await untilInterrupted(server, io);
    return 0;
  },
};

function loginName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'reviewer';
  }
}

/** Wait for Ctrl+C (or SIGTERM); then let the save and the outputs in progress finish. */
function untilInterrupted(server: ReviewServer, io: CliIo): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      io.stderr.write('bitext-tm review: stopping after the save in progress…\n');
      void server.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
