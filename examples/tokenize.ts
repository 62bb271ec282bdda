// Word tokens shared by alignment, terms and lookup.
import { loadChineseWordSegmenter, tokenizeChineseChars, tokenizeEnglish } from 'bitext-tm';

console.log(tokenizeEnglish("Wang Wen's forum").map((t) => t.text));
//=> ['Wang', "Wen's", 'forum']
console.log(tokenizeChineseChars('於2022年訪問').map((t) => t.text));
//=> ['於', '2022', '年', '訪', '問']
const segmenter = loadChineseWordSegmenter();
console.log(segmenter.tokenize('重慶市政府外辦').map((w) => w.text));
//=> ['重慶', '市政府', '外辦']
