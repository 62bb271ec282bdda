/** Every subcommand, in the order `bitext-tm --help` lists them. */
import type { Command } from '../cli-io';
import { termCommand } from './term';
import { termsCommand } from './terms';

export const COMMANDS: readonly Command[] = [termsCommand, termCommand];
