// Read a memory exported by a CAT tool: every language and unit kept by parseTmx, then the
// English–Chinese view with toTranslationUnit / parseTranslationUnits.
import {
  chineseScriptOfTag,
  DEFAULT_TMX_PARSE_OPTIONS,
  DEFAULT_TO_TRANSLATION_UNIT_OPTIONS,
  isChineseTag,
  isEnglishTag,
  parseTmx,
  parseTranslationUnits,
  toTranslationUnit,
} from 'bitext-tm';

console.log(
  parseTmx('<tmx version="1.4"><header srclang="en"/><body><tu tuid="1">' +
    '<tuv xml:lang="en"><seg>Save &amp; exit</seg></tuv><tuv xml:lang="zh-CN"><seg>保存并退出</seg></tuv></tu></body></tmx>')
    .value.units[0]?.variants.map((v) => `${v.lang}: ${v.text}`),
);
//=> ['en: Save & exit', 'zh-CN: 保存并退出']

// A multilingual memory: a unit with both Chinese scripts and a custom prop, a unit without
// Chinese, and a unit with inline formatting codes.
const memory = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header srclang="en-US" creationtool="SomeCAT" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/>
<body>
<tu tuid="7"><prop type="x-client">Chongqing FAO</prop><tuv xml:lang="en-US"><seg>Consul General</seg></tuv><tuv xml:lang="zh-CN"><seg>总领事</seg></tuv><tuv xml:lang="zh-TW"><seg>總領事</seg></tuv></tu>
<tu tuid="8"><tuv xml:lang="en-US"><seg>Minsk Oblast</seg></tuv><tuv xml:lang="ru"><seg>Минская область</seg></tuv></tu>
<tu tuid="9"><tuv xml:lang="en-US"><seg>the <bpt i="1">&lt;b&gt;</bpt>Great Stone<ept i="1">&lt;/b&gt;</ept> park</seg></tuv><tuv xml:lang="zh-CN"><seg><bpt i="1">&lt;b&gt;</bpt>中白工业园<ept i="1">&lt;/b&gt;</ept></seg></tuv></tu>
</body>
</tmx>
`;
console.log(DEFAULT_TMX_PARSE_OPTIONS);
//=> { inline: 'flatten', onInvalidUnit: 'skip', illegalChars: 'error', maxElementLength: 1048576 }
const { value } = parseTmx(memory, { file: 'fao.tmx' });
console.log([value.header.srclang, value.header.attributes['creationtool']]);
//=> ['en-US', 'SomeCAT']
console.log(value.units.map((unit) => [unit.tuid, unit.place.line, unit.variants.map((v) => v.lang)]));
//=> [['7', 5, ['en-US', 'zh-CN', 'zh-TW']], ['8', 6, ['en-US', 'ru']], ['9', 7, ['en-US', 'zh-CN']]]

// Inline codes are flattened to plain text by default; `inline: 'tags'` keeps them as TMX markup.
console.log(value.units[2]?.variants.map((v) => [v.text, v.hasMarkup]));
//=> [['the Great Stone park', true], ['中白工业园', true]]
console.log(parseTmx(memory, { inline: 'tags' }).value.units[2]?.variants[1]?.text);
//=> '<bpt i="1">&lt;b&gt;</bpt>中白工业园<ept i="1">&lt;/b&gt;</ept>'

// English–Chinese units: the first English and the first Chinese variant (or the one in the
// script you prefer); other props are kept; a unit without Chinese is skipped with an issue.
console.log(DEFAULT_TO_TRANSLATION_UNIT_OPTIONS);
//=> { convertChinese: 'none', onMissingLang: 'skip' }
for (const unit of value.units) console.log(toTranslationUnit(unit, { preferChineseScript: 'traditional' }).value);
//=> { id: '7', en: 'Consul General', zh: '總領事', props: { 'x-client': 'Chongqing FAO' } }
//=> undefined
//=> { id: '9', en: 'the Great Stone park', zh: '中白工业园', props: {} }

const units = parseTranslationUnits(memory, { file: 'fao.tmx' });
console.log(units.value.map((unit) => [unit.id, unit.zh]));
//=> [['7', '总领事'], ['9', '中白工业园']]
console.log(units.issues.map((issue) => [issue.code, issue.file, issue.place?.line]));
//=> [['TMX_MISSING_LANG', 'fao.tmx', 6]]

// Language tags as TMX files write them: any case, `_` for `-`, ISO 639-2 codes.
console.log([isEnglishTag('EN-us'), isEnglishTag('fr'), isChineseTag('zh-Hant-HK'), isChineseTag('ja')]);
//=> [true, false, true, false]
console.log([chineseScriptOfTag('zh-HK'), chineseScriptOfTag('ZH-hans-tw'), chineseScriptOfTag('zh'), chineseScriptOfTag('ru')]);
//=> ['traditional', 'simplified', 'simplified', undefined]
