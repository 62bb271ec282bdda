/**
 * The main job end to end, raw text → TMX, on generated bilingual texts of
 * 1,000+ sentence pairs in the layouts users have (alternating paragraphs,
 * blocks, caption lines, CR or CRLF line ends) with untranslated lines and
 * damage (control characters, form feeds, pinyin notes):
 * - every sentence is in exactly one unit or listed unaligned, never both, never lost;
 * - the TMX holds exactly the accepted units, in order, text for text;
 * - every change to the text is an issue of some stage (nothing silent).
 * Without a lexicon (fast); alignment quality is measured by bench:corpus, not here.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { build, isBitextError, parseTranslationUnits } from '../../src/index';

/** One translated pair; the number makes it unique, as dates and figures do in news. */
const pair = fc.tuple(fc.nat({ max: 99_999 }), fc.constantFrom('opened', 'closed', 'was held', 'was signed'), fc.integer({ min: 1, max: 28 })).map(([n, verb, day]) => ({
  en: `Item ${n} ${verb} on May ${day}.`,
  zh: `第${n}項於5月${day}日${verb === 'opened' ? '開幕' : verb === 'closed' ? '閉幕' : verb === 'was held' ? '舉行' : '簽署'}。`,
}));
const damage = fc.constantFrom('', '', '', '\u0007', '\f', '(jīng)', '\uFFFE');
const layout = fc.constantFrom('alternating', 'blocks', 'captions');

/** Put one kind of damage into a Chinese paragraph ('' leaves it whole). */
function damaged(zh: string, mark: string): string {
  return mark === '(jīng)' ? zh.replace('於', `經${mark}於`) : zh.replace('月', `月${mark}`);
}

/** Lay out pairs as one bilingual text; pair k carries the damage noise[k mod length] in every layout. */
function text(pairs: readonly { en: string; zh: string }[], how: string, noise: readonly string[], newline: string): string {
  const zhs = pairs.map((p, k) => damaged(p.zh, noise[k % noise.length] ?? ''));
  const lines: string[] = [];
  pairs.forEach((p, k) => {
    const zh = zhs[k] ?? '';
    if (how === 'captions' && k % 5 === 0) lines.push(`${p.en}${zh}`);
    else if (how === 'blocks') {
      // Blocks of four paragraphs a language: English first, then their Chinese.
      if (k % 4 === 0) for (const q of pairs.slice(k, k + 4)) lines.push(q.en);
      if (k % 4 === 3 || k === pairs.length - 1) for (const z of zhs.slice(k - (k % 4), k + 1)) lines.push(z);
    } else lines.push(p.en, zh);
    if (k % 97 === 13) lines.push('Source: Chongqing Foreign Affairs Office'); // untranslated
  });
  return lines.join(newline) + newline;
}

describe('raw text → TMX', () => {
  test.prop([fc.array(pair, { minLength: 1000, maxLength: 1100 }), layout, fc.array(damage, { minLength: 1, maxLength: 7 }), fc.constantFrom('\n', '\r\n', '\r')],
    // endOnFailure: shrinking a 1,000-pair text reruns the whole job thousands of times (50 min
    // in CI); fast-check still prints the seed and the failing value, which reproduce it.
    { numRuns: Number(process.env['PIPELINE_PROP_RUNS'] ?? 3), endOnFailure: true },
  )(
    'every sentence is in one unit or unaligned, the TMX holds the accepted units text for text, every change is an issue',
    (pairs, how, noise, newline) => {
      const input = text(pairs, how, noise, newline);
      let result;
      try {
        result = build({ kind: 'mixed', source: { name: 'p.txt', text: input } }, { lexicon: 'none', zhLang: 'zh' });
      } catch (error) {
        expect(isBitextError(error), String(error)).toBe(true);
        return;
      }
      const { corpus } = result;
      // Premise: the generator made a large text, and alignment found most of it.
      expect(corpus.units.length).toBeGreaterThan(500);

      // Partition: sentence ids of units and unaligned entries cover every sentence once.
      const ids = [...corpus.units.flatMap((u) => [...u.sentences.en, ...u.sentences.zh]), ...corpus.unaligned.map((u) => u.sentence.id)];
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(corpus.summary.sentences.en + corpus.summary.sentences.zh);

      // The TMX: exactly the accepted units, in order, same text (no conversion with zh).
      const tmx = result.files.find((f) => f.name === 'p.tmx')?.content ?? '';
      const read = parseTranslationUnits(tmx);
      expect(read.issues).toEqual([]);
      const accepted = corpus.units.filter((u) => u.status === 'accepted');
      expect(read.value.map((u) => [u.id, u.en, u.zh])).toEqual(accepted.map((u) => [u.id, u.en, u.zh]));

      // Nothing silent: each kind of damage put in is reported by ingest.
      const codes = new Set(result.issues.map((i) => i.code));
      if (noise.some((n) => n === '\u0007' || n === '\f' || n === '\uFFFE')) expect(codes).toContain('INGEST_CONTROL_CHARACTER');
      if (noise.includes('(jīng)')) expect(codes).toContain('INGEST_PINYIN_NOTE_REMOVED');
      // …and the TMX writer had nothing left to change.
      expect(result.issues.filter((i) => i.stage === 'tmx' && i.code !== 'TMX_SCRIPT_CONVERTED')).toEqual([]);
    },
  );
});
