// Word tokens shared by alignment, terms and lookup.
import { CHINESE_CHAR_TOKEN, ENGLISH_WORD, loadChineseWordSegmenter, tokenizeChineseChars, tokenizeEnglish } from 'bitext-tm';

// English words: hyphens, apostrophes, decimals and thousands stay inside a word.
console.log(tokenizeEnglish("Wang Wen's forum").map((t) => t.text));
//=> ['Wang', "Wen's", 'forum']
console.log(tokenizeEnglish('on Nov. 15th, 2022').map((t) => t.span.start));
//=> [0, 3, 8, 14]
console.log('Consul-General of 1,000.5 U.S. firms'.match(ENGLISH_WORD));
//=> ['Consul-General', 'of', '1,000.5', 'U.S', 'firms']
console.log('Chongqing.重慶'.match(ENGLISH_WORD));
//=> ['Chongqing']

// Chinese characters: each Han character is a token, Latin words and numbers stay whole,
// punctuation is not a token. Traditional and Simplified give the same tokens.
console.log(tokenizeChineseChars('於2022年訪問').map((t) => t.text));
//=> ['於', '2022', '年', '訪', '問']
console.log(tokenizeChineseChars('COVID疫情').map((t) => t.text));
//=> ['COVID', '疫', '情']
console.log('在2022年COVID'.match(CHINESE_CHAR_TOKEN));
//=> ['在', '2022', '年', 'COVID']

// Chinese words: segmentit on the Simplified view, mapped back to the original script.
// Loading takes about a second and segmentit is slow: load once, keep it for term work.
const segmenter = loadChineseWordSegmenter();
console.log(segmenter.tokenize('重慶市政府外辦').map((w) => w.text));
//=> ['重慶', '市政府', '外辦']
console.log(segmenter.tokenize('論壇由重慶市政府外辦主任王雯主持。').map((w) => [w.text, w.simplified, w.tag]));
//=> [['論壇', '论坛', 'noun'], ['由', '由', 'other'], ['重慶', '重庆', 'place'], ['市政府', '市政府', 'noun'],
//    ['外辦', '外办', 'noun'], ['主任', '主任', 'noun'], ['王雯', '王雯', 'person'], ['主持', '主持', 'verb'], ['。', '。', 'punctuation']]
