/** Every subcommand, in the order `bitext-tm --help` lists them. */
import type { Command } from '../cli-io';
import { buildCommand } from './build';
import { termCommand } from './term';
import { termsCommand } from './terms';
import { tmxCommand } from './tmx';

export const COMMANDS: readonly Command[] = [
  buildCommand,
  termsCommand,
  termCommand,
  tmxCommand,
];
