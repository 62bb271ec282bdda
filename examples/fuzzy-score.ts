// The fuzzy score: 1 − token edit distance / longer token count, after normalisation.
import { fuzzyScore, tokenizeForMatch } from 'bitext-tm';

// Case, punctuation, hyphens and spaces do not count: 100% means identical after normalisation.
console.log(fuzzyScore('Deputy Director-General of the Foreign Affairs Office', 'deputy director general of the foreign affairs office'));
//=> 1

// Chinese is scored per character, on one script: 辦 and 办 are the same token; 副 is one edit in 8.
console.log(fuzzyScore('市政府外辦副主任', '市政府外办主任'));
//=> 0.875

// English is scored per word: one word changed of four.
console.log(fuzzyScore('Consul-General of Belarus', 'Consul-General of Russia'));
//=> 0.75

// The tokens, as keys (Simplified, lower case, full-width folded) with spans into the text:
console.log(tokenizeForMatch('總領事 ＡＢＣ 2022').map((token) => [token.key, token.kind, token.span.start]));
//=> [['总', 'han', 0], ['领', 'han', 1], ['事', 'han', 2], ['abc', 'word', 4], ['2022', 'number', 8]]

console.log(tokenizeForMatch('Consul-General 總領事').map((t) => t.key));
//=> ['consul', 'general', '总', '领', '事']
