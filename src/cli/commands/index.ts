/** Every subcommand, in the order `bitext-tm --help` lists them. */
import type { Command } from '../cli-io';
import { buildCommand } from './build';
import { concordanceCommand } from './concordance';
import { indexCommand } from './index-tm';
import { lookupCommand } from './lookup';

export const COMMANDS: readonly Command[] = [buildCommand, indexCommand, lookupCommand, concordanceCommand];
