/** Every subcommand, in the order `bitext-tm --help` lists them. */
import type { Command } from '../cli-io';
import { alignCommand } from './align';
import { buildCommand } from './build';
import { concordanceCommand } from './concordance';
import { evalCommand } from './eval';
import { indexCommand } from './index-tm';
import { lookupCommand } from './lookup';
import { reviewCommand } from './review';
import { serveCommand } from './serve';
import { termCommand } from './term';
import { termsCommand } from './terms';
import { tmxCommand } from './tmx';

export const COMMANDS: readonly Command[] = [
  buildCommand,
  alignCommand,
  evalCommand,
  termsCommand,
  reviewCommand,
  termCommand,
  tmxCommand,
  indexCommand,
  lookupCommand,
  concordanceCommand,
  serveCommand,
];
