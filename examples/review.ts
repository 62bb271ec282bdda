// Apply a review to a corpus, as `bitext-tm review` and `bitext-tm build` do: the saves of a
// review file (one JSON line each, appended) applied to the corpus the build made.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  applyReview,
  parseReviewLog,
  REVIEW_FILE_FORMAT,
  ReviewError,
  reviewFileHeader,
  serializeReviewSave,
  type Corpus,
  type Document,
  type ReviewSave,
} from 'bitext-tm';

// The seed's corpus and document, as bitext-tm build wrote them to corpus/out.
const out = (suffix: string): string => fileURLToPath(new URL(`../corpus/out/chongqing-fao-2022.en-zh.${suffix}`, import.meta.url));
const document = JSON.parse(readFileSync(out('document.json'), 'utf8')) as Document;
const corpus: Corpus = { ...(JSON.parse(readFileSync(out('units.json'), 'utf8')) as Omit<Corpus, 'issues'>), issues: document.issues };

// A decision names its unit by its sentences and the text the reviewer saw.
const [first, second] = corpus.units;
if (!first || !second) throw new Error('the seed has units');
const ref = (unit: typeof first): { en: readonly string[]; zh: readonly string[]; text: { en: string; zh: string } } => ({ en: unit.sentences.en, zh: unit.sentences.zh, text: { en: unit.en, zh: unit.zh } });
const saves: ReviewSave[] = [{ revision: 1, who: 'ana', at: '2026-12-01T10:15:00.000Z', decisions: [{ op: 'confirm', unit: ref(first) }, { op: 'reject', unit: ref(second) }] }];

const reviewed = applyReview({ corpus, document }, saves);
console.log([reviewed.corpus.units.length, reviewed.corpus.units[0]?.review?.state, reviewed.corpus.unaligned.length]);
//=> [64, 'confirmed', 2]
console.log(reviewed.corpus.unaligned.map((u) => [u.sentence.id, u.reason]));
//=> [['a0-en-1', 'rejected in review (ana, 2026-12-01)'], ['a0-zh-0', 'rejected in review (ana, 2026-12-01)']]

// The review file: a header line, then one line per save.
console.log(REVIEW_FILE_FORMAT);
//=> 'bitext-tm review'
console.log(reviewFileHeader('news'));
//=> '{"corpus":"news","format":"bitext-tm review","version":1}\n'
console.log(serializeReviewSave({ revision: 1, who: 'ana', at: '2026-12-01T10:15:00.000Z', decisions: [{ op: 'reject-term', term: { type: 'org', en: 'FAO', zh: '外辦' } }] }));
//=> '{"at":"2026-12-01T10:15:00.000Z","decisions":[{"op":"reject-term","term":{"en":"FAO","type":"org","zh":"外辦"}}],"revision":1,"who":"ana"}\n'

// A crash while a save was written leaves a torn last line: reported, never silently dropped.
const log = parseReviewLog([
  '{"corpus":"news","format":"bitext-tm review","version":1}',
  '{"at":"2026-12-01T10:15:00.000Z","decisions":[{"op":"confirm-term","term":{"type":"person","en":"Wang Wen","zh":"王雯"}}],"revision":1,"who":"ana"}',
  '{"at":"2026-12-01T10:16:0',
].join('\n'));
console.log([log.saves.length, log.torn?.line, log.issues[0]?.code]);
//=> [1, 3, 'REVIEW_TORN_LINE']

// Any other bad line is an error with its place.
try {
  parseReviewLog('{"corpus":"news","format":"bitext-tm review","version":1}\nnot json\n{}\n', 'news.review.jsonl');
} catch (error) {
  if (!(error instanceof ReviewError)) throw error;
  console.log([error.code, error.file, error.place]);
}
//=> ['REVIEW_BAD_LOG', 'news.review.jsonl', { line: 2, column: 1, offset: 58 }]
