/**
 * Place described sentences in one text pair: their concept keys become the
 * pair's concept ids, and each entry with a concept becomes an evidence item.
 * A Chinese entry keeps only the pinyin name keys some English sentence of
 * the pair holds (the others can never match), so the English side is
 * resolved first.
 */
import type { ConceptIndex } from '../concepts/concept-index';
import type { SentenceDescription } from './sentence-description';
import { EvidenceBuilder, type SentenceEvidence } from './sentence-evidence';

/** The ids of one text pair, filled while its sentences are resolved. */
export interface PairIds {
  readonly concepts: ConceptIndex;
  /** Name keys (`py:wangwen`) the English side holds, with their concept ids. */
  readonly nameKeys: Map<string, number>;
  /** Whether to record each Chinese word (`zh:` concept, see SentenceEvidence.words) for the learned lexicon of the second pass. */
  readonly learnable: boolean;
}

/** The evidence of an English sentence in the pair; its name keys become ones the pair holds. */
export function resolveEnglishEvidence(description: SentenceDescription, ids: PairIds): SentenceEvidence {
  const builder = new EvidenceBuilder();
  for (const entry of description.entries) {
    const keyIds = conceptIds(entry.keys, ids);
    if (entry.nameKeys.length === 0) {
      builder.addItem(entry.kind, keyIds);
      continue;
    }
    const concepts = [...keyIds];
    for (const key of entry.nameKeys) {
      let id = ids.nameKeys.get(key);
      if (id === undefined) {
        id = ids.concepts.id(key);
        ids.nameKeys.set(key, id);
      }
      concepts.push(id);
    }
    builder.addItem(entry.kind, concepts);
  }
  return builder.build(description.lengths);
}

/** The evidence of a Chinese sentence in the pair (resolve the English side first). */
export function resolveChineseEvidence(description: SentenceDescription, ids: PairIds): SentenceEvidence {
  const builder = new EvidenceBuilder();
  for (const entry of description.entries) {
    let concepts: readonly number[] = entry.keys.length === 0 ? entry.lexiconIds : [...entry.lexiconIds, ...conceptIds(entry.keys, ids)];
    let withNames: number[] | undefined;
    for (const key of entry.nameKeys) {
      const id = ids.nameKeys.get(key);
      if (id !== undefined) (withNames ??= [...concepts]).push(id);
    }
    if (withNames) concepts = withNames;
    const item = builder.addItem(entry.kind, concepts);
    if (ids.learnable && entry.word !== undefined) builder.addWord(ids.concepts.id(`zh:${entry.word}`), item);
  }
  return builder.build(description.lengths);
}

const NO_IDS: readonly number[] = [];

/** The ids of concept keys, in order; an empty list without allocating. */
function conceptIds(keys: readonly string[], ids: PairIds): readonly number[] {
  if (keys.length === 0) return NO_IDS;
  if (keys.length === 1) return [ids.concepts.id(keys[0] as string)];
  return keys.map((key) => ids.concepts.id(key));
}
