/**
 * Chinese suffixes and title words that type a candidate term. Data only, in
 * Simplified script: Chinese is analysed on its Simplified view.
 *
 * Compiled by hand for bitext-tm from the list in issue 6 and the standard
 * forms of PRC administrative, organisational and title vocabulary (as used
 * in official news releases). Longer entries are matched first.
 */
import type { TermType } from '../types';

/** Organisation suffixes: …办, …局, …委, …委员会, …大学, …协会, …公司, … */
export const CHINESE_ORG_SUFFIXES: readonly string[] = [
  '办', '办公室', '局', '委', '委员会', '管委会', '常委会', '工委', '大学', '学院', '协会', '商会', '分会', '会',
  '公司', '有限公司', '集团', '中心', '部', '厅', '署', '处', '代表处', '联络处', '秘书处', '馆', '总领事馆',
  '领事馆', '大使馆', '院', '所', '事务所', '组织', '联盟', '政府', '基地', '组', '园', '园区', '工业园',
  '银行', '学校', '研究院', '研究所', '人大', '党组', '团市委', '市委', '县委', '区委', '党委',
];

/** Place suffixes: …区, …县, …镇, …村, … */
export const CHINESE_PLACE_SUFFIXES: readonly string[] = [
  '区', '新区', '县', '镇', '乡', '村', '市', '省', '州', '城', '科学城', '街道', '自治区', '特区',
];

/** Event and document suffixes: …论坛, …大会, …研修班, …宣言, … */
export const CHINESE_EVENT_SUFFIXES: readonly string[] = [
  '论坛', '大会', '会议', '交流会', '研讨会', '研修班', '培训班', '大赛', '比赛', '峰会', '博览会', '展览会',
  '宣言', '计划', '倡议', '协议', '仪式', '周', '节',
];

/** Title words: the head of a Chinese title, which comes last ("…外办副主任"). */
export const CHINESE_TITLE_WORDS: readonly string[] = [
  '主任', '副主任', '大使', '总领事', '副总领事', '领事', '州长', '副州长', '秘书长', '副秘书长',
  '院长', '副院长', '书记', '副书记', '教授', '副教授', '会长', '副会长', '委员长', '副委员长',
  '主席', '副主席', '局长', '副局长', '司长', '副司长', '处长', '副处长', '校长', '副校长',
  '市长', '副市长', '常务副市长', '区长', '副区长', '常务副区长', '县长', '副县长', '部长', '副部长',
  '厅长', '副厅长', '总理', '副总理', '成员', '委员', '总经理', '副总经理', '董事长', '理事长',
  '总干事', '参赞', '主任委员', '州长', '省长', '副省长',
];

/** Suffix lists by the term type they signal. */
export const CHINESE_SUFFIXES_BY_TYPE: Readonly<Record<TermType, readonly string[]>> = {
  org: CHINESE_ORG_SUFFIXES,
  place: CHINESE_PLACE_SUFFIXES,
  event: CHINESE_EVENT_SUFFIXES,
  title: CHINESE_TITLE_WORDS,
  person: [],
};

/**
 * English place heads and the Chinese suffixes that translate them, for place
 * names paired by pinyin ("Wanzhou District" ↔ 万州区). Standard PRC usage.
 */
export const PLACE_HEAD_SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  District: ['区'],
  'New Area': ['新区'],
  County: ['县'],
  City: ['市', '城'],
  Province: ['省'],
  Township: ['镇', '乡'],
  Town: ['镇'],
  Village: ['村'],
  Oblast: ['州'],
  Prefecture: ['州'],
  Region: ['区', '地区'],
  State: ['州'],
  Subdistrict: ['街道'],
  Municipality: ['市'],
};

/**
 * Characters and words that separate Chinese phrases: a title phrase before a
 * name starts after one of these ("…出席。重庆市政府外办主任王雯" starts at 重).
 * 和/与/及 are not among them: they also join parts of one name (国际贸易和商业);
 * a title phrase stops at the previous name instead.
 */
export const CHINESE_PHRASE_BREAKS: readonly string[] = [
  '，', ',', '、', '。', '；', ';', '：', ':', '！', '？', '“', '”', '「', '」', '《', '》', '（', '）', '(', ')',
  '由', '在', '向', '邀请', '以及', '并', '等',
];
