/** Units → a TMX 1.4 document in one string (the streaming writer run over an iterable). */
import type { Issue } from '../errors';
import type { TranslationUnit } from '../types';
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
 * serializeTmx([{ id: '1', en: 'Save & exit', zh: '保存並退出' }], { creationDate: 1668470400 }).value
 * //=> a TMX document whose unit reads <seg>Save &amp; exit</seg> and, converted for zh-CN, <seg>保存并退出</seg>
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
