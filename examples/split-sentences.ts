// Split English and Chinese text into sentences with spans into the input.
import { splitSentences } from 'bitext-tm';

console.log(splitSentences('Mr. Smith paid $3.50. "Why?" he asked.', 'en').map((s) => s.text));
//=> ['Mr. Smith paid $3.50.', '"Why?" he asked.']
console.log(splitSentences('他說：「好。」我們走吧。', 'zh').map((s) => s.text));
//=> ['他說：「好。」', '我們走吧。']
console.log(splitSentences('Mark Chandler introduced San Francisco.He said the U.S. team was ready.', 'en'));
//=> [{ text: 'Mark Chandler introduced San Francisco.', span: { start: 0, end: 39 } }, { text: 'He said the U.S. team was ready.', span: { start: 39, end: 71 } }]
console.log(splitSentences('一方面要发展经济；另一方面要保护环境。', 'zh', { splitAtSemicolons: true }).map((s) => s.text));
//=> ['一方面要发展经济；', '另一方面要保护环境。']
