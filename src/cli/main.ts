#!/usr/bin/env node
/** The `bitext-tm` executable: run the CLI on this process's arguments. */
import { processIo } from './cli-io';
import { runCli } from './run-cli';

void runCli(process.argv.slice(2), processIo).then((code) => {
  process.exitCode = code;
});
