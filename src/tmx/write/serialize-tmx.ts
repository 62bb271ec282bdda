/** Units → a TMX 1.4 document in one string (the streaming writer run over an iterable). */
import type { Issue } from '../../errors';
import type { TranslationUnit } from '../../types';
import { createTmxWriter, WRITE_BATCH_UNITS, type TmxWriteStats } from './create-tmx-writer';
import type { TmxWriteOptions } from './tmx-write-options';

/** A written TMX document, what was normalised or skipped, and counts. */
export interface SerializedTmx {
  readonly value: string;
  readonly issues: readonly Issue[];
  readonly stats: Readonly<TmxWriteStats>;
}

/**
 * Write units as a TMX 1.4 document that xmllint (TMX DTD), translate-toolkit
 * and OmegaT accept: UTF-8, source tuv first, `x-` provenance props, edge
 * white space trimmed and XML-illegal characters removed (each reported).
 * Deterministic: the same units and options give the same bytes.
 *
 * @param units - The units, in the order to write them.
 * @param options - See {@link TmxWriteOptions}.
 * @throws TmxWriteError TMX_INVALID_OPTION, or TMX_ILLEGAL_CHAR with `illegalChars: 'error'`.
 * @example
 * const { value, stats } = serializeTmx([{ id: '1', en: 'Trade & Investment Forum', zh: '經貿投資論壇', confidence: 0.97 }], { creationDate: 1668470400 });
 * value.split('\n').slice(5, 9)
 * //=> ['    <tu tuid="1">', '      <prop type="x-confidence">0.97</prop>',
 * //    '      <tuv xml:lang="en"><seg>Trade &amp; Investment Forum</seg></tuv>', '      <tuv xml:lang="zh-CN"><seg>经贸投资论坛</seg></tuv>']
 * // The Traditional text was converted to match zh-CN; pass zhLang: 'zh-TW' to keep it.
 * stats.converted //=> 1
 */
export function serializeTmx(units: Iterable<TranslationUnit>, options: TmxWriteOptions = {}): SerializedTmx {
  const writer = createTmxWriter(options);
  let value = writer.start();
  let batch: TranslationUnit[] = [];
  for (const unit of units) {
    batch.push(unit);
    if (batch.length === WRITE_BATCH_UNITS) {
      value += writer.writeMany(batch);
      batch = [];
    }
  }
  value += writer.writeMany(batch) + writer.end();
  return { value, issues: writer.issues, stats: writer.stats };
}
