/**
 * The type of a pair (person, org, place, title, event): what the English
 * words say first (a post makes a title, a head noun an organisation, place
 * or event), then what the Chinese says (a kind word at its end: 州, 队, 公司),
 * then what the evidence says (a name read by sound with separators is a
 * person; a dictionary name glossed as a city is a place).
 */
import type { TermType } from '../../types';
import type { UnitPair } from '../pairs/project-candidate';
import type { TermUnit } from '../units/analyze-term-unit';

/** Chinese endings that type a name, longest first. Data only, Simplified. */
const CHINESE_ENDINGS: readonly (readonly [string, TermType])[] = [
  ['委员会', 'org'], ['办公室', 'org'], ['联合会', 'org'], ['基金会', 'org'], ['研究所', 'org'], ['研究院', 'org'],
  ['自治区', 'place'], ['特别行政区', 'place'], ['联赛', 'event'], ['锦标赛', 'event'], ['奥运会', 'event'],
  ['公司', 'org'], ['集团', 'org'], ['大学', 'org'], ['学院', 'org'], ['协会', 'org'], ['银行', 'org'], ['政府', 'org'],
  ['议会', 'org'], ['法院', 'org'], ['组织', 'org'], ['联盟', 'org'], ['论坛', 'event'], ['会议', 'event'], ['大会', 'event'],
  ['峰会', 'event'], ['战争', 'event'], ['协议', 'event'], ['条约', 'event'], ['法案', 'event'], ['倡议', 'event'],
  ['群岛', 'place'], ['半岛', 'place'], ['地区', 'place'], ['广场', 'place'], ['体育场', 'place'], ['体育馆', 'place'],
  ['党', 'org'], ['部', 'org'], ['局', 'org'], ['署', 'org'], ['委', 'org'], ['办', 'org'], ['处', 'org'], ['队', 'org'], ['报', 'org'],
  ['社', 'org'], ['会', 'org'], ['杯', 'event'], ['赛', 'event'], ['节', 'event'],
  ['州', 'place'], ['省', 'place'], ['市', 'place'], ['县', 'place'], ['区', 'place'], ['镇', 'place'], ['村', 'place'],
  ['岛', 'place'], ['河', 'place'], ['湖', 'place'], ['山', 'place'], ['港', 'place'], ['湾', 'place'], ['街', 'place'], ['路', 'place'],
];


/**
 * The type of a pair, from its best occurrence.
 */
export function termType(pair: UnitPair, unit: TermUnit): TermType {
  const candidate = pair.candidate;
  if (candidate.cue !== undefined) return candidate.cue;
  for (const [ending, type] of CHINESE_ENDINGS) if (pair.zhHans.endsWith(ending) && pair.zhHans.length > ending.length) return type;
  const tokens = unit.tokens.slice(candidate.start, candidate.end);
  if (tokens.length === 1 && tokens[0]?.acronym === true) return 'org';
  const word = unit.hits.find((h) => h.start === pair.zh.start && h.end === pair.zh.end);
  if (word?.entry.person === true) return 'person';
  if (word?.entry.place === true) return 'place';
  if (/[·・•‧]/u.test(pair.zhHans)) return 'person';
  if (pair.methods.includes('pinyin') || pair.methods.includes('transliteration')) return tokens.length > 1 ? 'person' : 'place';
  if (word !== undefined && word.entry.proper) return 'place';
  return tokens.length > 1 ? 'person' : 'place';
}
