/** Intermediate results of the corpus steps, as indices into an article's sentence lists. */
import type { UnitMethod } from '../../types';

/** A unit before it gets its id and provenance. */
export interface DraftUnit {
  /** Indices into the article's English sentences, consecutive, in order. */
  readonly en: readonly number[];
  /** Indices into the article's Chinese sentences. */
  readonly zh: readonly number[];
  readonly confidence: number;
  readonly method: UnitMethod;
}

/** A sentence left without counterpart, with the reason a reviewer reads. */
export interface DraftUnaligned {
  readonly lang: 'en' | 'zh';
  readonly index: number;
  readonly reason: string;
}

/** What the steps found in one article. */
export interface ArticleAlignment {
  readonly units: readonly DraftUnit[];
  readonly unaligned: readonly DraftUnaligned[];
}
