/**
 * What a review starts from: the corpus the build made (before any review),
 * the document its sentences come from, and the build's termbase.
 */
import { collectSentences } from '../corpus/sentences/collect-sentences';
import { ReviewError } from '../errors';
import type { Corpus, CorpusSentence, CorpusUnit, Document, Term } from '../types';
import { ReviewState, type ReviewUnit } from './review-state';

/** The input of a review. */
export interface ReviewBase {
  /** The corpus as the build made it (`buildCorpus`, or a units.json file with the document's issues). */
  readonly corpus: Corpus;
  /** The document the corpus was built from (its sentences' text is needed to split and move them). */
  readonly document: Document;
  /** The build's termbase and review list, when term pairs are reviewed too. */
  readonly terms?: { readonly terms: readonly Term[]; readonly review: readonly Term[] } | undefined;
}

/**
 * The state of a review before any decision: every unit and unaligned
 * sentence of the corpus, checked against the document's sentences.
 * @throws ReviewError REVIEW_CORPUS_MISMATCH when a unit's sentences or text are not the document's.
 */
export function initialState(base: ReviewBase): ReviewState {
  const sentences = new Map<string, CorpusSentence>();
  for (const article of collectSentences(base.document)) for (const sentence of [...article.en, ...article.zh]) sentences.set(sentence.id, sentence);
  const state = new ReviewState(sentences);
  for (const unit of base.corpus.units) state.addUnit(reviewUnitOf(unit, state, base.corpus.name));
  for (const { sentence, reason } of base.corpus.unaligned) {
    if (sentences.get(sentence.id)?.text !== sentence.text) mismatch(base.corpus.name, `the unaligned sentence ${sentence.id} is not the document's sentence of that id`);
    state.leaveUnaligned([sentence.id], reason);
  }
  // Review-made units of a reviewed corpus keep their ids; new ones count on from there.
  for (const unit of base.corpus.units) {
    const made = /^a(\d+)-r(\d+)$/u.exec(unit.id);
    if (made) state.madeUnits.set(Number(made[1]), Math.max(state.madeUnits.get(Number(made[1])) ?? 0, Number(made[2]) + 1));
  }
  state.takeTouched();
  return state;
}

function reviewUnitOf(unit: CorpusUnit, state: ReviewState, corpus: string): ReviewUnit {
  for (const id of [...unit.sentences.en, ...unit.sentences.zh]) {
    if (!state.sentences.has(id)) mismatch(corpus, `unit ${unit.id} names sentence ${id}, which the document does not have`);
    if (state.unitOfSentence.has(id)) mismatch(corpus, `sentence ${id} is in two units`);
  }
  const edited: { en?: string; zh?: string } = {};
  for (const lang of ['en', 'zh'] as const) {
    if (unit[lang] === state.sentenceText(unit.sentences[lang], lang)) continue;
    if (!unit.review?.edited?.includes(lang)) mismatch(corpus, `the ${lang === 'en' ? 'English' : 'Chinese'} text of unit ${unit.id} is not its sentences' text`);
    edited[lang] = unit[lang];
  }
  return {
    id: unit.id,
    article: unit.origin.article,
    en: unit.sentences.en,
    zh: unit.sentences.zh,
    confidence: unit.confidence,
    method: unit.method,
    status: unit.status,
    ...(unit.review === undefined ? {} : { review: unit.review }),
    ...(edited.en === undefined && edited.zh === undefined ? {} : { edited }),
    unchanged: unit,
  };
}

function mismatch(corpus: string, what: string): never {
  throw new ReviewError('REVIEW_CORPUS_MISMATCH', `Expected the corpus ${corpus} to match its document, found that ${what} (were they built together, with the same options?).`);
}
