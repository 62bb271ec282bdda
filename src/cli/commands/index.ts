/** Every subcommand, in the order `bitext-tm --help` lists them. */
import type { Command } from '../cli-io';

export const COMMANDS: readonly Command[] = [];
