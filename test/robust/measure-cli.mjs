// Run the built bitext-tm CLI (BITEXT_CLI) in this process and, at exit, write what it cost
// to BITEXT_MEASURE_FILE: peak resident memory and CPU time of this process. The robustness
// cases and bench:robust start the CLI through this file (node measure-cli.mjs ARGS…),
// as a user would start it, and read the numbers from the file.
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const report = process.env.BITEXT_MEASURE_FILE;
process.on('exit', () => {
  if (!report) return;
  const usage = process.resourceUsage();
  writeFileSync(report, JSON.stringify({ peakRssKb: usage.maxRSS, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
});
const cli = process.env.BITEXT_CLI;
if (!cli) throw new Error('measure-cli.mjs: set BITEXT_CLI to the built dist/cli.js');
await import(pathToFileURL(cli).href);
