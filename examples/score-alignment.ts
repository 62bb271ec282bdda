// Alignment files (`[i,j]:[k]`, one bead per line, as in the public gold sets) and
// precision/recall/F1 of a test alignment against a gold one.
import { alignSentences, BEAD_LINE, BEAD_TYPES, beadTypeName, formatBeads, isBitextError, parseBeadFile, scoreAlignment, SCORED_BEAD_TYPES } from 'bitext-tm';

console.log(parseBeadFile('[0,1]:[0]\n[]:[1]\n'));
//=> [{ source: [0, 1], target: [0] }, { source: [], target: [1] }]
console.log(formatBeads([{ source: [0, 1], target: [0] }, { source: [2], target: [] }]));
//=> '[0,1]:[0]\n[2]:[]\n'
console.log(BEAD_LINE.exec('[0, 1]:[2]')?.[1]);
//=> '0, 1'
console.log(BEAD_LINE.test('0-1'));
//=> false

// Write the aligner's beads as a file (cost and confidence are not part of the format).
console.log(formatBeads(alignSentences(['He came.', "Let's go."], ['他来了。', '我们走吧。'])));
//=> '[0]:[0]\n[1]:[1]\n'

// The gold alignment of a news item, and a test alignment that glued the untranslated
// source line (English sentence 3) to the bead before it.
const gold = parseBeadFile('[0]:[0]\n[1]:[1,2]\n[2]:[3]\n[3]:[]\n', 'forum.gold');
const test = parseBeadFile('[0]:[0]\n[1]:[1,2]\n[2,3]:[3]\n', 'forum.test');
console.log(test.map(beadTypeName));
//=> ['1-1', '1-2', '2-1']
console.log(parseBeadFile('[0]:[0]\n[1]:[1,2]\n[2,3]:[3]\n[4,5]:[4,5]\n').map(beadTypeName));
//=> ['1-1', '1-2', '2-1', 'other']

const score = scoreAlignment([{ gold, test }]);
// Strict: a test bead counts only when the identical bead is in the gold file (2 of 3; 2 of 4 gold beads found).
console.log([score.strict.precision, score.strict.recall, Number(score.strict.f1.toFixed(3))]);
//=> [2 / 3, 0.5, 0.571]

// Lax: a bead counts when it shares a sentence on both sides with a gold bead.
console.log([score.lax.precision, score.lax.recall]);
//=> [1, 0.75]
console.log(score.counts);
//=> { gold: 4, test: 3, match: 2, laxTest: 3, laxGold: 3 }
console.log(SCORED_BEAD_TYPES);
//=> ['1-1', '1-2', '2-1', '0-1', '1-0', 'other']
console.log(SCORED_BEAD_TYPES.map((type) => [type, score.byType[type]?.gold, score.byType[type]?.test, score.byType[type]?.match]));
//=> [['1-1', 2, 1, 1], ['1-2', 1, 1, 1], ['2-1', 0, 1, 0], ['0-1', 0, 0, 0], ['1-0', 1, 0, 0], ['other', 0, 0, 0]]
console.log(scoreAlignment([{ gold: [{ source: [0], target: [0] }], test: [{ source: [0], target: [0] }] }]).strict.f1);
//=> 1

// The bead types the aligner knows, by DP step name.
console.log(BEAD_TYPES.bead1to2);
//=> { step: 'bead1to2', source: 1, target: 2 }

// A malformed line: AlignError with the file and the line's place.
try {
  parseBeadFile('[0]:[0]\n1-1\n', 'forum.test');
} catch (error) {
  if (!isBitextError(error)) throw error;
  console.log([error.name, error.code, error.file, error.place]);
}
//=> ['AlignError', 'ALIGN_BAD_BEAD_FILE', 'forum.test', { line: 2, column: 1, offset: 8 }]
