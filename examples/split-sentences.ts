// Split English and Chinese text into sentences with spans into the input.
import { DEFAULT_SPLIT_OPTIONS, splitSentences } from 'bitext-tm';

console.log(splitSentences('Mr. Smith paid $3.50. "Why?" he asked.', 'en').map((s) => s.text));
//=> ['Mr. Smith paid $3.50.', '"Why?" he asked.']
console.log(splitSentences('他說：「好。」我們走吧。', 'zh').map((s) => s.text));
//=> ['他說：「好。」', '我們走吧。']

// Each sentence carries its span; the text between sentences is white space only.
// A missing space after a period is still a boundary.
console.log(splitSentences('Mark Chandler introduced San Francisco.He said the U.S. team was ready.', 'en'));
//=> [{ text: 'Mark Chandler introduced San Francisco.', span: { start: 0, end: 39 } }, { text: 'He said the U.S. team was ready.', span: { start: 39, end: 71 } }]
console.log(splitSentences('論壇由王雯主持。白俄羅斯駐華大使尤里·先科出席論壇并致辭！雙方近50家企業代表出席論壇……', 'zh'));
//=> [{ text: '論壇由王雯主持。', span: { start: 0, end: 8 } },
//    { text: '白俄羅斯駐華大使尤里·先科出席論壇并致辭！', span: { start: 8, end: 29 } },
//    { text: '雙方近50家企業代表出席論壇……', span: { start: 29, end: 45 } }]

// The defaults, and each option changed.
console.log(DEFAULT_SPLIT_OPTIONS.splitAtSemicolons);
//=> false
console.log(DEFAULT_SPLIT_OPTIONS);
//=> { abbreviations: [], splitAtSemicolons: false, newlinesAreBoundaries: false }
console.log(splitSentences('一方面要发展经济；另一方面要保护环境。', 'zh', { splitAtSemicolons: true }).map((s) => s.text));
//=> ['一方面要发展经济；', '另一方面要保护环境。']

// An abbreviation the splitter does not know ends a sentence; list it to keep the sentence whole.
const venue = 'The talks were held at Bldg. 3 of the science city. The forum closed.';
console.log(splitSentences(venue, 'en').map((s) => s.text));
//=> ['The talks were held at Bldg.', '3 of the science city.', 'The forum closed.']
console.log(splitSentences(venue, 'en', { abbreviations: ['Bldg.'] }).map((s) => s.text));
//=> ['The talks were held at Bldg. 3 of the science city.', 'The forum closed.']

// A single line break is a space unless every line is its own sentence or heading.
const headed = 'Chongqing–Belarus Forum\nThe forum was held online.';
console.log(splitSentences(headed, 'en').map((s) => s.text));
//=> ['Chongqing–Belarus Forum\nThe forum was held online.']
console.log(splitSentences(headed, 'en', { newlinesAreBoundaries: true }).map((s) => s.text));
//=> ['Chongqing–Belarus Forum', 'The forum was held online.']
