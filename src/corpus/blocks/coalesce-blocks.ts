/**
 * Blocks of one language that only a caption line separates belong together
 * (an English run interrupted by a photo caption is still one run): join
 * them before pairing, so each run pairs as a whole.
 */
import type { Lang } from '../../types';
import type { SentenceBlock } from '../sentences/collect-sentences';
import { appendAll } from '../../append-all';

/**
 * The monolingual runs of an article per language: consecutive monolingual
 * blocks of the same language, with only paired blocks (captions) between
 * them, become one run of sentence indices.
 */
export function coalesceBlocks(blocks: readonly SentenceBlock[], lang: Lang): number[][] {
  const runs: number[][] = [];
  let open = false;
  for (const block of blocks) {
    if (block.kind === 'paired') continue;
    if (block.lang !== lang) {
      open = false;
      continue;
    }
    const last = runs[runs.length - 1];
    if (open && last) appendAll(last, block.sentences);
    else runs.push([...block.sentences]);
    open = true;
  }
  return runs;
}
