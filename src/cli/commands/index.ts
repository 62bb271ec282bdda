/** Every subcommand, in the order `bitext-tm --help` lists them. */
import type { Command } from '../cli-io';
import { alignCommand } from './align';
import { evalCommand } from './eval';

export const COMMANDS: readonly Command[] = [alignCommand, evalCommand];
