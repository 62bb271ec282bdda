/** A {@link TmxDocument} → TMX 1.4 in one string (the lossless writer run over the document). */
import type { Issue } from '../../errors';
import { createTmxDocumentWriter, type TmxDocumentWriteOptions, type TmxDocumentWriteStats } from './create-tmx-document-writer';
import type { TmxDocument } from '../tmx-unit';

/** The written document, what options changed, and counts. */
export interface SerializedTmxDocument {
  readonly value: string;
  readonly issues: readonly Issue[];
  readonly stats: Readonly<TmxDocumentWriteStats>;
}

/**
 * Write a TMX document as read by `parseTmx`, losing nothing: every variant,
 * attribute, prop, note, `<ude>` and, with `inline: 'tags'` (read the same
 * way), the inline markup. `parseTmx` of the result gives the document back
 * (positions aside).
 * @example
 * const { value } = parseTmx(memory, { inline: 'tags' });
 * const again = serializeTmxDocument(value, { inline: 'tags' }).value;
 * parseTmx(again, { inline: 'tags' }).value.units[0]?.variants.map((v) => [v.lang, v.text, v.attributes])
 * //=> [['en-US', 'the <bpt i="1">&lt;b&gt;</bpt>Great Stone<ept i="1">&lt;/b&gt;</ept> park', { changeid: 'li' }],
 * //    ['zh-CN', '中白工业园', {}], ['zh-TW', '中白工業園', {}]]
 */
export function serializeTmxDocument(document: TmxDocument, options: TmxDocumentWriteOptions = {}): SerializedTmxDocument {
  const writer = createTmxDocumentWriter(options);
  let value = writer.start(document.header);
  for (const unit of document.units) value += writer.write(unit);
  value += writer.end();
  return { value, issues: writer.issues, stats: writer.stats };
}
