import { writeSyntheticCorpus, SYNTHETIC_NAME } from './test/helpers/synthetic-review-corpus';
import { serveReview } from './test/helpers/review-folder';
import { execSync } from 'node:child_process';
const { dir } = writeSyntheticCorpus();
const server = await serveReview(dir, [], SYNTHETIC_NAME);
const url = new URL(server.url);
console.log(url.href);
await new Promise((r) => setTimeout(r, 60000));
await server.close();
