/**
 * The decisions on units, applied to a {@link ReviewState}. Each one first
 * finds what it names (by sentence ids, checking the text is still what the
 * reviewer saw), checks it can apply, and only then changes the state, so a
 * decision either applies whole or not at all.
 */
import { joinText } from '../corpus/sentences/join-text';
import type { Issue } from '../errors';
import type { Lang } from '../types';
import type { ReviewDecision, RowRef, UnitRef } from './review-decision';
import { inTextOrder, type DecisionContext, type ReviewState, type ReviewUnit, unitKey } from './review-state';
import { appendAll } from '../append-all';
import { minOf } from '../min-max';

/** Why a decision did not apply: what it names has changed (`stale`), or it cannot apply (`invalid`). */
export interface DecisionFailure {
  readonly failure: 'stale' | 'invalid';
  readonly message: string;
}

/** What applying a decision gave: notes (e.g. an edit a split discarded), or a failure. */
export type DecisionOutcome = { readonly notes: readonly Issue[] } | DecisionFailure;

type UnitDecision = Extract<ReviewDecision, { op: 'confirm' | 'reject' | 'split' | 'merge' | 'move' | 'edit' }>;

/** Apply one decision on units. */
export function applyUnitDecision(state: ReviewState, decision: UnitDecision, context: DecisionContext): DecisionOutcome {
  switch (decision.op) {
    case 'confirm':
      return confirm(state, decision.unit, context);
    case 'reject':
      return reject(state, decision.unit, context);
    case 'edit':
      return edit(state, decision.unit, decision.lang, decision.text, context);
    case 'split':
      return split(state, decision.unit, decision.at, context);
    case 'merge':
      return merge(state, decision.unit, decision.next, context);
    case 'move':
      return move(state, decision.sentence, decision.from, decision.to, context);
  }
}

const stale = (message: string): DecisionFailure => ({ failure: 'stale', message });
const invalid = (message: string): DecisionFailure => ({ failure: 'invalid', message });
const NO_NOTES: DecisionOutcome = { notes: [] };

/** The unit a reference names, if it exists with the text the reviewer saw. */
function findUnit(state: ReviewState, ref: UnitRef): ReviewUnit | DecisionFailure {
  const unit = state.units.get(unitKey(inTextOrder(ref.en), inTextOrder(ref.zh)));
  const label = `the unit of sentences ${[...ref.en, ...ref.zh].join(', ') || '(none)'}`;
  if (!unit) return stale(`${capital(label)} no longer exists (the alignment changed since the decision).`);
  for (const lang of ['en', 'zh'] as const) {
    const now = state.textOf(unit, lang);
    if (now !== ref.text[lang]) return stale(`The ${lang === 'en' ? 'English' : 'Chinese'} text of ${label} (${unit.id}) changed since the decision: it was "${clip(ref.text[lang])}", it is "${clip(now)}".`);
  }
  return unit;
}

type Row = { readonly kind: 'unit'; readonly unit: ReviewUnit } | { readonly kind: 'sentence'; readonly id: string };

function findRow(state: ReviewState, ref: RowRef): Row | DecisionFailure {
  if (!('sentence' in ref)) {
    const unit = findUnit(state, ref);
    return 'failure' in unit ? unit : { kind: 'unit', unit };
  }
  const sentence = state.sentences.get(ref.sentence);
  if (!sentence || !state.unaligned.has(ref.sentence)) return stale(`Sentence ${ref.sentence} is no longer unaligned (the alignment changed since the decision).`);
  if (sentence.text !== ref.text) return stale(`The text of sentence ${ref.sentence} changed since the decision: it was "${clip(ref.text)}", it is "${clip(sentence.text)}".`);
  return { kind: 'sentence', id: ref.sentence };
}

function confirm(state: ReviewState, ref: UnitRef, context: DecisionContext): DecisionOutcome {
  const unit = findUnit(state, ref);
  if ('failure' in unit) return unit;
  state.addUnit(reviewed(unit, 'confirmed', context));
  return NO_NOTES;
}

function reject(state: ReviewState, ref: UnitRef, context: DecisionContext): DecisionOutcome {
  const unit = findUnit(state, ref);
  if ('failure' in unit) return unit;
  state.removeUnit(unit);
  state.leaveUnaligned([...unit.en, ...unit.zh], `rejected in review (${context.by}, ${context.at.slice(0, 10)})`);
  return NO_NOTES;
}

function edit(state: ReviewState, ref: UnitRef, lang: Lang, text: string, context: DecisionContext): DecisionOutcome {
  const unit = findUnit(state, ref);
  if ('failure' in unit) return unit;
  const trimmed = text.trim();
  if (trimmed === '') return invalid(`Expected text for the ${lang === 'en' ? 'English' : 'Chinese'} side of ${unit.id}, found none (reject the unit instead).`);
  const own = state.sentenceText(unit[lang], lang);
  // Typing the sentences' own text back undoes the edit.
  const edited = { ...unit.edited, [lang]: trimmed === own ? undefined : trimmed };
  const sides = (['en', 'zh'] as const).filter((side) => edited[side] !== undefined);
  const kept = { ...(edited.en === undefined ? {} : { en: edited.en }), ...(edited.zh === undefined ? {} : { zh: edited.zh }) };
  const { edited: _old, unchanged: _base, ...rest } = unit;
  // A typo fixed in a confirmed unit leaves it confirmed.
  const nextState = unit.review?.state === 'confirmed' ? 'confirmed' : 'corrected';
  state.addUnit({ ...rest, ...(sides.length > 0 ? { edited: kept } : {}), status: 'accepted', review: { state: nextState, by: context.by, at: context.at, ...(sides.length > 0 ? { edited: sides } : {}) } });
  return NO_NOTES;
}

function split(state: ReviewState, ref: UnitRef, at: { readonly en: number; readonly zh: number }, context: DecisionContext): DecisionOutcome {
  const unit = findUnit(state, ref);
  if ('failure' in unit) return unit;
  if (at.en > unit.en.length || at.zh > unit.zh.length) return invalid(`Expected a cut within ${unit.id} (${unit.en.length} English, ${unit.zh.length} Chinese sentences), found after ${at.en} and ${at.zh}.`);
  const first = { en: unit.en.slice(0, at.en), zh: unit.zh.slice(0, at.zh) };
  const second = { en: unit.en.slice(at.en), zh: unit.zh.slice(at.zh) };
  if (first.en.length + first.zh.length === 0 || second.en.length + second.zh.length === 0) {
    return invalid(`Expected a cut of ${unit.id} that leaves sentences on both sides of it, found one that leaves them all in one part.`);
  }
  state.removeUnit(unit);
  let id: string | undefined = unit.id;
  for (const part of [first, second]) {
    if (part.en.length > 0 && part.zh.length > 0) {
      state.addUnit(corrected({ ...part, id: id ?? state.newUnitId(unit.article), article: unit.article, confidence: unit.confidence, method: unit.method, status: 'accepted' }, context));
      id = undefined;
    } else {
      state.leaveUnaligned([...part.en, ...part.zh], `split off ${unit.id} in review (${context.by}, ${context.at.slice(0, 10)})`);
    }
  }
  return { notes: discardedEdits(unit, ['en', 'zh'], 'split') };
}

function merge(state: ReviewState, firstRef: RowRef, nextRef: RowRef, context: DecisionContext): DecisionOutcome {
  const first = findRow(state, firstRef);
  if ('failure' in first) return first;
  const next = findRow(state, nextRef);
  if ('failure' in next) return next;
  const rows = [first, next];
  const articles = new Set(rows.map((row) => (row.kind === 'unit' ? row.unit.article : state.sentence(row.id).article)));
  if (articles.size > 1) return invalid('Expected two rows of one article to merge, found rows of two articles.');
  if (first.kind === next.kind && (first.kind === 'unit' ? first.unit.id === (next as typeof first).unit.id : first.id === (next as typeof first).id)) {
    return invalid('Expected two different rows to merge, found the same row twice.');
  }
  const ids = { en: [] as string[], zh: [] as string[] };
  for (const row of rows) {
    if (row.kind === 'unit') {
      appendAll(ids.en, row.unit.en);
      appendAll(ids.zh, row.unit.zh);
    } else {
      ids[state.sentence(row.id).lang].push(row.id);
    }
  }
  if (ids.en.length === 0 || ids.zh.length === 0) {
    return invalid(`Expected the merged rows to hold sentences in both languages, found only ${ids.en.length === 0 ? 'Chinese' : 'English'} ones (merge with a row of the other language).`);
  }
  const units = rows.flatMap((row) => (row.kind === 'unit' ? [row.unit] : []));
  const article = [...articles][0] ?? 0;
  const en = inTextOrder(ids.en);
  const zh = inTextOrder(ids.zh);
  for (const unit of units) state.removeUnit(unit);
  for (const row of rows) if (row.kind === 'sentence') state.takeUnaligned(row.id);
  const firstUnit = units[0];
  state.addUnit(
    corrected(
      {
        id: firstUnit?.id ?? state.newUnitId(article),
        article,
        en,
        zh,
        // The aligner's confidence of what it proposed; a unit it never proposed has none.
        confidence: units.length === 0 ? 0 : minOf(units.map((unit) => unit.confidence)),
        method: firstUnit?.method ?? 'aligned',
        status: 'accepted',
        ...mergedEdits(state, units, en, zh),
      },
      context,
    ),
  );
  return NO_NOTES;
}

function move(state: ReviewState, sentence: string, fromRef: UnitRef, toRef: UnitRef, context: DecisionContext): DecisionOutcome {
  const from = findUnit(state, fromRef);
  if ('failure' in from) return from;
  const to = findUnit(state, toRef);
  if ('failure' in to) return to;
  const lang = state.sentences.get(sentence)?.lang;
  if (lang === undefined || !from[lang].includes(sentence)) return invalid(`Expected sentence ${sentence} to be in ${from.id}, found it is not.`);
  if (from.id === to.id) return invalid('Expected two different units to move a sentence between, found the same unit.');
  if (from.article !== to.article) return invalid('Expected units of one article to move a sentence between, found units of two articles.');
  const side = from[lang];
  if (sentence !== side[0] && sentence !== side[side.length - 1]) return invalid(`Expected a sentence at the start or end of ${from.id} to move, found ${sentence} in its middle.`);
  state.removeUnit(from);
  state.removeUnit(to);
  const left = { en: from.en.filter((id) => id !== sentence), zh: from.zh.filter((id) => id !== sentence) };
  const grown = { ...to, [lang]: inTextOrder([...to[lang], sentence]) };
  const dissolved = left.en.length === 0 || left.zh.length === 0;
  if (dissolved) {
    state.leaveUnaligned([...left.en, ...left.zh], `left without its counterpart when ${sentence} moved to ${to.id} in review (${context.by}, ${context.at.slice(0, 10)})`);
  } else {
    state.addUnit(corrected({ ...from, ...left, ...withoutEdit(from, lang) }, context));
  }
  state.addUnit(corrected({ ...grown, ...withoutEdit(to, lang) }, context));
  return { notes: [...discardedEdits(from, dissolved ? ['en', 'zh'] : [lang], 'move'), ...discardedEdits(to, [lang], 'move')] };
}

/** A unit confirmed or corrected by a reviewer now: accepted, with the review recorded. */
function reviewed(unit: ReviewUnit, reviewState: 'confirmed' | 'corrected', context: DecisionContext): ReviewUnit {
  const { unchanged: _base, review, ...rest } = unit;
  return { ...rest, status: 'accepted', review: { state: reviewState, by: context.by, at: context.at, ...(review?.edited ? { edited: review.edited } : {}) } };
}

function corrected(unit: ReviewUnit, context: DecisionContext): ReviewUnit {
  const sides = (['en', 'zh'] as const).filter((lang) => unit.edited?.[lang] !== undefined);
  const { unchanged: _base, review: _review, ...rest } = unit;
  return { ...rest, status: 'accepted', review: { state: 'corrected', by: context.by, at: context.at, ...(sides.length > 0 ? { edited: sides } : {}) } };
}

/** The unit's edits without one side's. */
function withoutEdit(unit: ReviewUnit, lang: Lang): { edited?: { en?: string; zh?: string } } {
  const other = lang === 'en' ? 'zh' : 'en';
  const kept = unit.edited?.[other];
  return { edited: kept === undefined ? {} : { [other]: kept } };
}

/** A merged unit keeps its parts' edited text: each side is its parts' texts joined, in text order. */
function mergedEdits(state: ReviewState, units: readonly ReviewUnit[], en: readonly string[], zh: readonly string[]): { edited?: { en?: string; zh?: string } } {
  const edited: { en?: string; zh?: string } = {};
  for (const lang of ['en', 'zh'] as const) {
    if (!units.some((unit) => unit.edited?.[lang] !== undefined)) continue;
    const ids = lang === 'en' ? en : zh;
    // Walk the side's sentences; a unit's (edited) text stands for all of its sentences, once.
    const parts: string[] = [];
    const written = new Set<ReviewUnit>();
    for (const id of ids) {
      const unit = units.find((u) => u[lang].includes(id));
      if (unit === undefined) parts.push(state.sentence(id).text);
      else if (!written.has(unit)) {
        written.add(unit);
        parts.push(state.textOf(unit, lang));
      }
    }
    edited[lang] = joinText(lang, parts);
  }
  return edited.en === undefined && edited.zh === undefined ? {} : { edited };
}

function discardedEdits(unit: ReviewUnit, sides: readonly Lang[], what: string): Issue[] {
  return sides
    .filter((lang) => unit.edited?.[lang] !== undefined)
    .map((lang) => ({
      severity: 'info' as const,
      code: 'REVIEW_EDIT_DISCARDED' as const,
      message: `The ${what} of ${unit.id} changed its ${lang === 'en' ? 'English' : 'Chinese'} sentences, so the text typed for that side ("${clip(unit.edited?.[lang] ?? '')}") was replaced by the sentences' own.`,
    }));
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
