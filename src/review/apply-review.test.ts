import { describe, expect, it } from 'vitest';
import { corpusOutputFiles } from '../corpus/output/build-files';
import { refOf, saveOf, seedBase, unitById } from '../../test/helpers/seed-review';
import type { Corpus } from '../types';
import { applyReview } from './apply-review';

const base = seedBase();

/** Every sentence in exactly one unit or unaligned; units have both sides; the summary counts them. */
function expectWholeCorpus(corpus: Corpus): void {
  const seen = new Map<string, number>();
  for (const unit of corpus.units) {
    expect(unit.sentences.en.length * unit.sentences.zh.length, unit.id).toBeGreaterThan(0);
    expect(unit.origin.bead).toBe(`${unit.sentences.en.length}-${unit.sentences.zh.length}`);
    for (const id of [...unit.sentences.en, ...unit.sentences.zh]) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  for (const { sentence } of corpus.unaligned) seen.set(sentence.id, (seen.get(sentence.id) ?? 0) + 1);
  expect([...seen.values()].every((n) => n === 1)).toBe(true);
  expect(seen.size).toBe(corpus.summary.sentences.en + corpus.summary.sentences.zh);
  expect(corpus.summary.units.accepted + corpus.summary.units.review).toBe(corpus.units.length);
  expect(new Set(corpus.units.map((u) => u.id)).size).toBe(corpus.units.length);
}

describe('applyReview on the seed', () => {
  it('gives the corpus itself, byte for byte in every output, with no decisions', () => {
    // Premise: the seed has 65 units and no unaligned sentence.
    expect([base.corpus.units.length, base.corpus.unaligned.length]).toEqual([65, 0]);
    const result = applyReview(seedBase(true), []);
    expect(result.corpus).toEqual(base.corpus);
    const terms = seedBase(true).terms;
    if (!terms) throw new Error('no terms');
    const before = corpusOutputFiles(base.corpus, terms, { zhLang: 'zh-CN' }).files;
    const after = corpusOutputFiles(result.corpus, result.terms ?? { terms: [], review: [] }, { zhLang: 'zh-CN' }).files;
    expect(after).toEqual(before);
  });

  it('confirms a unit: accepted, with who and when; the TMX carries x-status, changedate and changeid', () => {
    const unit = unitById(base.corpus, 'a0-u11');
    const result = applyReview(base, [saveOf(1, [{ op: 'confirm', unit: refOf(unit) }])]);
    expect(unitById(result.corpus, 'a0-u11')).toEqual({ ...unit, review: { state: 'confirmed', by: 'ana', at: '2026-12-01T10:15:00.000Z' } });
    const tmx = corpusOutputFiles(result.corpus, { terms: [], review: [] }).files.find((f) => f.name.endsWith('.tmx'))?.content ?? '';
    expect(tmx).toContain('<tu tuid="a0-u11" changedate="20261201T101500Z" changeid="ana">');
    expect(tmx).toMatch(/<tu tuid="a0-u11"[\s\S]*?<prop type="x-status">confirmed<\/prop>/u);
    expect(tmx).toContain('<tu tuid="a0-u10">');
  });

  it('rejects a unit: its sentences go back to unaligned with the reason, and the TMX loses it', () => {
    const unit = unitById(base.corpus, 'a2-u3');
    const result = applyReview(base, [saveOf(1, [{ op: 'reject', unit: refOf(unit) }])]);
    expectWholeCorpus(result.corpus);
    expect(result.corpus.units.map((u) => u.id)).not.toContain('a2-u3');
    expect(result.corpus.unaligned.map((u) => [u.sentence.id, u.reason])).toEqual([
      ['a2-en-3', 'rejected in review (ana, 2026-12-01)'],
      ['a2-zh-3', 'rejected in review (ana, 2026-12-01)'],
    ]);
    expect(result.corpus.summary.units.accepted).toBe(64);
  });

  it('splits a 2-1 unit: the first part keeps the id, the English sentence left over is unaligned', () => {
    const unit = unitById(base.corpus, 'a0-u8');
    // Premise: a 2-1 bead.
    expect(unit.origin.bead).toBe('2-1');
    const result = applyReview(base, [saveOf(1, [{ op: 'split', unit: refOf(unit), at: { en: 1, zh: 1 } }])]);
    expectWholeCorpus(result.corpus);
    const part = unitById(result.corpus, 'a0-u8');
    expect([part.sentences, part.origin.bead, part.review?.state]).toEqual([{ en: ['a0-en-8'], zh: ['a0-zh-8'] }, '1-1', 'corrected']);
    expect(unit.en.startsWith(part.en)).toBe(true);
    expect(result.corpus.unaligned.map((u) => u.sentence.id)).toEqual(['a0-en-9']);
  });

  it('merges two units into one that holds both sides of both, under the first id', () => {
    const [first, next] = [unitById(base.corpus, 'a2-u0'), unitById(base.corpus, 'a2-u1')];
    const result = applyReview(base, [saveOf(1, [{ op: 'merge', unit: refOf(first), next: refOf(next) }])]);
    expectWholeCorpus(result.corpus);
    const merged = unitById(result.corpus, 'a2-u0');
    expect(merged.sentences).toEqual({ en: ['a2-en-0', 'a2-en-1'], zh: ['a2-zh-0', 'a2-zh-1'] });
    expect([merged.en, merged.zh]).toEqual([`${first.en} ${next.en}`, `${first.zh}${next.zh}`]);
    expect(merged.confidence).toBe(Math.min(first.confidence, next.confidence));
    expect(result.corpus.units).toHaveLength(64);
  });

  it('merges a unit with an unaligned sentence, and refuses to merge two sentences of one language', () => {
    const [a, b] = [unitById(base.corpus, 'a2-u2'), unitById(base.corpus, 'a2-u3')];
    const result = applyReview(base, [
      saveOf(1, [{ op: 'reject', unit: refOf(b) }]),
      saveOf(2, [{ op: 'merge', unit: refOf(a), next: { sentence: 'a2-en-3', text: b.en } }]),
      saveOf(3, [{ op: 'merge', unit: { sentence: 'a2-zh-3', text: b.zh }, next: { sentence: 'a2-zh-3', text: b.zh } }]),
    ]);
    expectWholeCorpus(result.corpus);
    expect(unitById(result.corpus, 'a2-u2').sentences).toEqual({ en: ['a2-en-2', 'a2-en-3'], zh: ['a2-zh-2'] });
    expect(result.applied).toBe(2);
    expect(result.issues.map((i) => i.code)).toEqual(['REVIEW_STALE_DECISION']);
    expect(result.issues[0]?.message).toContain('Expected two different rows to merge');
  });

  it('moves the last English sentence of a 2-1 unit to the next unit', () => {
    const [from, to] = [unitById(base.corpus, 'a2-u4'), unitById(base.corpus, 'a2-u5')];
    const result = applyReview(base, [saveOf(1, [{ op: 'move', sentence: 'a2-en-5', from: refOf(from), to: refOf(to) }])]);
    expectWholeCorpus(result.corpus);
    expect(unitById(result.corpus, 'a2-u4').sentences.en).toEqual(['a2-en-4']);
    expect(unitById(result.corpus, 'a2-u5').sentences.en).toEqual(['a2-en-5', 'a2-en-6']);
    const middle = applyReview(base, [saveOf(1, [{ op: 'move', sentence: 'a2-en-4', from: refOf(unitById(base.corpus, 'a1-u0')), to: refOf(to) }])]);
    expect(middle.issues[0]?.message).toContain('to be in a1-u0');
  });

  it('edits a side; typing the sentences back undoes it; a later split drops the edit and says so', () => {
    const unit = unitById(base.corpus, 'a3-u0');
    const edited = applyReview(base, [saveOf(1, [{ op: 'edit', unit: refOf(unit), lang: 'en', text: ' The forum opened. ' }])]);
    const after = unitById(edited.corpus, 'a3-u0');
    expect([after.en, after.zh, after.review]).toEqual(['The forum opened.', unit.zh, { state: 'corrected', by: 'ana', at: '2026-12-01T10:15:00.000Z', edited: ['en'] }]);
    const editedRef = { ...refOf(unit), text: { en: 'The forum opened.', zh: unit.zh } };
    const undone = applyReview(base, [saveOf(1, [{ op: 'edit', unit: refOf(unit), lang: 'en', text: 'The forum opened.' }]), saveOf(2, [{ op: 'edit', unit: editedRef, lang: 'en', text: unit.en }])]);
    expect(unitById(undone.corpus, 'a3-u0').en).toBe(unit.en);
    expect(unitById(undone.corpus, 'a3-u0').review?.edited).toBeUndefined();
    const split = applyReview(base, [saveOf(1, [{ op: 'edit', unit: refOf(unit), lang: 'en', text: 'The forum opened.' }]), saveOf(2, [{ op: 'split', unit: editedRef, at: { en: 1, zh: 1 } }])]);
    expect(split.issues.map((i) => i.code)).toEqual(['REVIEW_EDIT_DISCARDED']);
    expect(unitById(split.corpus, 'a3-u0').en).not.toBe('The forum opened.');
  });

  it('reports a decision whose unit changed since, applies the rest, and says why', () => {
    const unit = unitById(base.corpus, 'a0-u0');
    const stale = { ...refOf(unit), text: { en: 'An older English text.', zh: unit.zh } };
    const result = applyReview(base, [saveOf(1, [{ op: 'confirm', unit: stale }, { op: 'confirm', unit: refOf(unitById(base.corpus, 'a0-u2')) }])]);
    expect(result.applied).toBe(1);
    expect(result.issues).toMatchObject([{ code: 'REVIEW_STALE_DECISION', severity: 'warning' }]);
    expect(result.issues[0]?.message).toContain('changed since the decision: it was "An older English text."');
    const gone = applyReview(base, [saveOf(1, [{ op: 'reject', unit: { en: ['a0-en-0', 'a0-en-1'], zh: ['a0-zh-1'], text: { en: '', zh: '' } } }])]);
    expect(gone.issues[0]?.message).toContain('no longer exists');
  });

  it('gives units made by review new ids that do not clash', () => {
    const [a, b] = [unitById(base.corpus, 'a2-u2'), unitById(base.corpus, 'a2-u3')];
    const result = applyReview(base, [
      saveOf(1, [{ op: 'reject', unit: refOf(a) }, { op: 'reject', unit: refOf(b) }]),
      saveOf(2, [{ op: 'merge', unit: { sentence: 'a2-en-2', text: a.en }, next: { sentence: 'a2-zh-2', text: a.zh } }]),
    ]);
    expectWholeCorpus(result.corpus);
    const made = result.corpus.units.find((u) => u.sentences.en[0] === 'a2-en-2');
    expect([made?.id, made?.confidence, made?.review?.state]).toEqual(['a2-r0', 0, 'corrected']);
  });
});

describe('applyReview on a corpus that is not its document’s', () => {
  it('refuses it with REVIEW_CORPUS_MISMATCH', () => {
    const [first, ...rest] = base.corpus.units;
    if (!first) throw new Error('premise: units');
    const changed = { ...base, corpus: { ...base.corpus, units: [{ ...first, en: 'Some other English.' }, ...rest] } };
    expect(() => applyReview(changed, [])).toThrow(expect.objectContaining({ code: 'REVIEW_CORPUS_MISMATCH' }));
  });
});

describe('applyReview on term pairs', () => {
  const withTerms = seedBase(true);
  const terms = withTerms.terms ?? { terms: [], review: [] };

  it('confirms a pair of the review list into the termbase, rejects one, corrects one', () => {
    const doubtful = terms.review[0];
    const [wrong, typo] = [terms.terms[0], terms.terms[1]];
    if (!doubtful || !wrong || !typo) throw new Error('premise: the seed has terms and a review list');
    const ref = (t: typeof doubtful): { type: typeof doubtful.type; en: string; zh: string } => ({ type: t.type, en: t.en, zh: t.zh });
    const result = applyReview(withTerms, [
      saveOf(1, [
        { op: 'confirm-term', term: ref(doubtful) },
        { op: 'reject-term', term: ref(wrong) },
        { op: 'edit-term', term: ref(typo), to: { ...ref(typo), en: `${typo.en} (corrected)` } },
      ]),
    ]);
    const after = result.terms ?? { terms: [], review: [] };
    expect(after.review.map((t) => t.en)).not.toContain(doubtful.en);
    expect(after.terms.find((t) => t.en === doubtful.en && t.zh === doubtful.zh)?.methods).toContain('review');
    expect(after.terms.some((t) => t.en === wrong.en && t.zh === wrong.zh && t.type === wrong.type)).toBe(false);
    expect(after.terms.find((t) => t.en === `${typo.en} (corrected)`)?.zh).toBe(typo.zh);
    expect(after.terms).toHaveLength(terms.terms.length);
  });

  it('drops a pair whose only unit was rejected, and keeps it when a reviewer confirmed it', () => {
    const single = terms.terms.find((t) => t.count === 1 && t.units.length === 1);
    if (!single) throw new Error('premise: a pair found in one unit');
    const unit = unitById(withTerms.corpus, single.units[0] ?? '');
    const rejected = applyReview(withTerms, [saveOf(1, [{ op: 'reject', unit: refOf(unit) }])]);
    const same = (t: { en: string; zh: string; type: string }): boolean => t.en === single.en && t.zh === single.zh && t.type === single.type;
    expect(rejected.terms?.terms.some(same)).toBe(false);
    const confirmed = applyReview(withTerms, [saveOf(1, [{ op: 'confirm-term', term: { type: single.type, en: single.en, zh: single.zh } }, { op: 'reject', unit: refOf(unit) }])]);
    expect(confirmed.terms?.terms.find(same)?.count).toBe(0);
  });

  it('reports a decision on a pair the termbase no longer has', () => {
    const result = applyReview(withTerms, [saveOf(1, [{ op: 'reject-term', term: { type: 'person', en: 'Nobody', zh: '無名' } }])]);
    expect(result.issues.map((i) => i.code)).toEqual(['REVIEW_STALE_DECISION']);
  });
});
