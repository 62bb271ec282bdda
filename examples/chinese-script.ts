// Chinese is analyzed on a Simplified view; outputs keep the original script.
import { detectChineseScript, mapSpan, pinyinSyllables, simplifiedView, toSimplified, toTraditional } from 'bitext-tm';

// Which script is a text in? Characters that conversion would change are the evidence.
console.log(detectChineseScript('重慶市政府外辦'));
//=> 'traditional'
console.log(detectChineseScript('重庆市政府外办'));
//=> 'simplified'

// 周 and 里 are standard in both scripts (周年, 里昂 Lyon): they are not Simplified evidence.
console.log(detectChineseScript('中國成立七十周年，市長會見里昂代表團'));
//=> 'traditional'
console.log(detectChineseScript('重慶市政府外办和白俄罗斯駐重慶總領事館'));
//=> 'mixed'

// Conversion with opencc-js, phrase-aware.
console.log(toSimplified('重慶市政府外辦'));
//=> '重庆市政府外办'
console.log(toTraditional('重庆市政府外办'));
//=> '重慶市政府外辦'

// Analyze on the Simplified view, then map offsets back to the original text.
const original = '白俄羅斯駐重慶總領事館';
const view = simplifiedView(original);
console.log(simplifiedView('重慶外辦').text);
//=> '重庆外办'
const at = view.text.indexOf('重庆');
const span = mapSpan(view.offsets, { start: at, end: at + 2 });
console.log(original.slice(span.start, span.end));
//=> '重慶'

// Toneless pinyin, for matching names across languages. Give it Simplified text:
// on Traditional text pinyin-pro reads 重慶 as "zhong qing".
console.log(pinyinSyllables('重庆万州'));
//=> ['chong', 'qing', 'wan', 'zhou']
console.log(pinyinSyllables(simplifiedView('重慶萬州').text));
//=> ['chong', 'qing', 'wan', 'zhou']
