/**
 * Recount a term pair's evidence over the reviewed units, without extracting
 * terms again (that takes about a second on the seed and a minute on 10,000
 * units, too slow for every save). A unit untouched by review still supports
 * the pairs the build found in it; a unit review changed (or made) supports a
 * pair when it holds both forms. Pairs found by a new extraction (after a
 * merge or an edit) are not added: `bitext-tm terms` does that.
 */
import { toSimplified } from '../chinese/convert-script';
import type { CorpusUnit, Term } from '../types';
import type { ReviewState, ReviewUnit } from './review-state';

/** Recounts evidence against one state of a review; caches the Simplified view of changed units. */
export class TermEvidence {
  private readonly simplified = new Map<string, string>();

  constructor(
    private readonly baseUnits: ReadonlyMap<string, CorpusUnit>,
    private readonly state: ReviewState,
  ) {}

  /** The pair with its units, count and examples over the reviewed units (count 0: nothing supports it now). */
  recount(term: Term): Term {
    const supporting: ReviewUnit[] = [];
    const seen = new Set<string>();
    let untouched = true;
    for (const id of term.units) {
      const base = this.baseUnits.get(id);
      if (!base) continue;
      for (const sentence of [...base.sentences.en, ...base.sentences.zh]) {
        const key = this.state.unitOfSentence.get(sentence);
        const unit = key === undefined ? undefined : this.state.units.get(key);
        if (unit?.unchanged !== base) untouched = false;
        if (unit === undefined || seen.has(key as string)) continue;
        seen.add(key as string);
        if (unit.status === 'accepted' && (unit.unchanged !== undefined || this.holds(unit, term))) supporting.push(unit);
      }
    }
    if (untouched && supporting.length === term.units.length) return term;
    const ids = supporting.map((unit) => unit.id);
    const kept = new Set(supporting.filter((unit) => unit.unchanged !== undefined).map((unit) => unit.id));
    return { ...term, count: ids.length, units: ids, examples: term.examples.filter((example) => kept.has(example.unit)) };
  }

  /** True when a unit holds both forms of the pair (English ignoring case; Chinese in either script). */
  private holds(unit: ReviewUnit, term: Term): boolean {
    if (!this.state.textOf(unit, 'en').toLowerCase().includes(term.en.toLowerCase())) return false;
    const zh = this.state.textOf(unit, 'zh');
    if (zh.includes(term.zh)) return true;
    let simple = this.simplified.get(zh);
    if (simple === undefined) {
      simple = toSimplified(zh);
      this.simplified.set(zh, simple);
    }
    return simple.includes(term.zhHans);
  }
}
