/**
 * The state of a review: which sentences form which unit, which are left
 * unaligned, and what reviewers decided. Units are keyed by their sentence
 * ids (a sentence is in one unit at most), so a decision finds its unit
 * whatever happened to the rest of the corpus. The decisions themselves are in
 * unit-decisions.ts; this file holds the data and the ways to read it.
 */
import { joinText } from '../corpus/sentences/join-text';
import type { CorpusSentence, CorpusUnit, Lang, UnitMethod, UnitReview } from '../types';

/** A unit during review. Replaced, never changed in place. */
export interface ReviewUnit {
  readonly id: string;
  readonly article: number;
  /** Sentence ids per side, in text order. */
  readonly en: readonly string[];
  readonly zh: readonly string[];
  readonly confidence: number;
  readonly method: UnitMethod;
  readonly status: 'accepted' | 'review';
  readonly review?: UnitReview;
  /** Text a reviewer typed for a side, in place of its sentences' text. */
  readonly edited?: { readonly en?: string; readonly zh?: string };
  /** The corpus unit it still is, untouched by review (so outputs keep it byte for byte). */
  readonly unchanged?: CorpusUnit;
}

/** Who made a decision, and when. */
export interface DecisionContext {
  readonly by: string;
  /** ISO 8601 in UTC. */
  readonly at: string;
}

/** The review's mutable state; {@link ReviewState.clone} gives a copy to roll back to. */
export class ReviewState {
  readonly sentences: ReadonlyMap<string, CorpusSentence>;
  readonly units: Map<string, ReviewUnit>;
  readonly unitOfSentence: Map<string, string>;
  /** Unaligned sentence id → reason. */
  readonly unaligned: Map<string, string>;
  /** Units made by review so far, per article (their ids are `a<article>-r<n>`). */
  readonly madeUnits: Map<number, number>;
  /** Articles whose rows changed since {@link ReviewState.takeTouched}. */
  readonly touchedArticles: Set<number>;
  /** Row keys whose content changed since {@link ReviewState.takeTouched}. */
  readonly touchedRows: Set<string>;

  constructor(sentences: ReadonlyMap<string, CorpusSentence>, from?: ReviewState) {
    this.sentences = sentences;
    this.units = new Map(from?.units);
    this.unitOfSentence = new Map(from?.unitOfSentence);
    this.unaligned = new Map(from?.unaligned);
    this.madeUnits = new Map(from?.madeUnits);
    this.touchedArticles = new Set(from?.touchedArticles);
    this.touchedRows = new Set(from?.touchedRows);
  }

  /** A copy (O(units): the maps are copied, the units shared, as they are never changed in place). */
  clone(): ReviewState {
    return new ReviewState(this.sentences, this);
  }

  sentence(id: string): CorpusSentence {
    const sentence = this.sentences.get(id);
    if (!sentence) throw new Error(`no sentence ${id}`);
    return sentence;
  }

  /** The text of a unit's side: the reviewer's, or its sentences' joined. */
  textOf(unit: ReviewUnit, lang: Lang): string {
    return unit.edited?.[lang] ?? this.sentenceText(unit[lang], lang);
  }

  /** Sentences' text joined as their language writes it. */
  sentenceText(ids: readonly string[], lang: Lang): string {
    return joinText(lang, ids.map((id) => this.sentence(id).text));
  }

  addUnit(unit: ReviewUnit): void {
    const key = unitKey(unit.en, unit.zh);
    this.units.set(key, unit);
    for (const id of [...unit.en, ...unit.zh]) {
      this.unitOfSentence.set(id, key);
      this.unaligned.delete(id);
    }
    this.touch(unit.article, key);
  }

  removeUnit(unit: ReviewUnit): void {
    const key = unitKey(unit.en, unit.zh);
    this.units.delete(key);
    for (const id of [...unit.en, ...unit.zh]) this.unitOfSentence.delete(id);
    this.touch(unit.article, key);
  }

  /** Leave sentences unaligned, with the reason a reader of units.json sees. */
  leaveUnaligned(ids: readonly string[], reason: string): void {
    for (const id of ids) {
      this.unaligned.set(id, reason);
      this.touch(this.sentence(id).article, sentenceKey(id));
    }
  }

  /** Take an unaligned sentence into a unit. */
  takeUnaligned(id: string): void {
    this.unaligned.delete(id);
    this.touch(this.sentence(id).article, sentenceKey(id));
  }

  /** A new id for a unit review made in an article. */
  newUnitId(article: number): string {
    const n = this.madeUnits.get(article) ?? 0;
    this.madeUnits.set(article, n + 1);
    return `a${article}-r${n}`;
  }

  /** The touched articles and rows since the last call, and forget them. */
  takeTouched(): { articles: Set<number>; rows: Set<string> } {
    const taken = { articles: new Set(this.touchedArticles), rows: new Set(this.touchedRows) };
    this.touchedArticles.clear();
    this.touchedRows.clear();
    return taken;
  }

  private touch(article: number, rowKey: string): void {
    this.touchedArticles.add(article);
    this.touchedRows.add(rowKey);
  }
}

/**
 * The key of a unit: its sentence ids (a sentence is in one unit at most).
 * @example unitKey(['a0-en-1', 'a0-en-2'], ['a0-zh-1']) //=> 'u:a0-en-1,a0-en-2|a0-zh-1'
 */
export function unitKey(en: readonly string[], zh: readonly string[]): string {
  return `u:${en.join(',')}|${zh.join(',')}`;
}

/** The row key of an unaligned sentence. */
export function sentenceKey(id: string): string {
  return `s:${id}`;
}

/**
 * Position of a sentence in its article and language: ids end in it.
 * @example sentenceNumber('a3-zh-12') //=> 12
 */
export function sentenceNumber(id: string): number {
  return Number(id.slice(id.lastIndexOf('-') + 1));
}

/** Sentence ids in text order. */
export function inTextOrder(ids: Iterable<string>): string[] {
  return [...ids].sort((a, b) => sentenceNumber(a) - sentenceNumber(b));
}
