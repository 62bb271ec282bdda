/** The parts of a translation memory that lookup, concordance and the index file share. */
import type { Lang } from '../../types';
import { EditDistanceRows } from '../search/bounded-edit-distance';
import { CandidateList } from '../search/candidate-list';
import { CandidateScratch } from '../search/find-candidates';
import { TokenScratch } from '../tokens/scan-tokens';
import type { SideIndex } from './side-index';
import { UintList } from './uint-list';
import type { UnitStore } from './unit-store';
import type { Vocabulary } from '../tokens/vocabulary';

/** Units, vocabulary and the index of each side. */
export interface MemoryCore {
  readonly store: UnitStore;
  /** Frozen: queries never add to it. */
  readonly vocabulary: Vocabulary;
  readonly sides: Readonly<Record<Lang, SideIndex>>;
}

/** Buffers reused from query to query, so a lookup allocates almost nothing. One per memory. */
export class QueryWorkspace {
  readonly tokens: TokenScratch = new TokenScratch();
  readonly ids: UintList = new UintList(256);
  readonly candidates: CandidateList = new CandidateList();
  readonly rows: EditDistanceRows = new EditDistanceRows();
  private readonly counting: Partial<Record<Lang, CandidateScratch>> = {};
  private readonly unitCount: number;

  constructor(unitCount: number) {
    this.unitCount = unitCount;
  }

  /** Counting scratch of one side (a counter per unit), allocated on the side's first query. */
  counters(lang: Lang): CandidateScratch {
    return (this.counting[lang] ??= new CandidateScratch(this.unitCount));
  }
}
