/**
 * What a TMX unit holds that an export target cannot carry, so a conversion
 * says it per unit instead of dropping it silently. TSV carries the English
 * and Chinese text, the unit id and bitext-tm's provenance (confidence,
 * document, article, bead, lines); parallel text carries the two texts only.
 * Only `tmx convert --to tmx` carries everything.
 */
import { appendAll } from '../append-all';
import { PROVENANCE_PROP_TYPES } from '../tmx/units/provenance-props';
import { pickVariants } from '../tmx/units/to-translation-unit';
import type { TmxUnit, TmxVariant } from '../tmx/tmx-unit';

/** An export format besides TMX. */
export type ExportTarget = 'tsv' | 'parallel';

/** What kind of thing is lost, for counting. */
export type LossKind = 'variant' | 'tuid' | 'prop' | 'attribute' | 'note' | 'inline markup';

/** One thing a unit loses: its kind, and the words a user reads. */
export interface Loss {
  readonly kind: LossKind;
  readonly text: string;
}

/** Unit prop types a TSV row holds (its confidence and provenance columns). */
const TSV_PROPS: ReadonlySet<string> = new Set([PROVENANCE_PROP_TYPES.confidence, PROVENANCE_PROP_TYPES.document, PROVENANCE_PROP_TYPES.article, PROVENANCE_PROP_TYPES.bead, PROVENANCE_PROP_TYPES.enLines, PROVENANCE_PROP_TYPES.zhLines]);

/**
 * The parts of `unit` that `target` drops, in words (empty when nothing is
 * lost). `preferChineseScript` must be what the conversion picks the Chinese with.
 */
export function unitLoss(unit: TmxUnit, target: ExportTarget, preferChineseScript?: 'simplified' | 'traditional'): Loss[] {
  const { english, chinese } = pickVariants(unit, preferChineseScript);
  const lost: Loss[] = [];
  const others = unit.variants.filter((variant) => variant !== english && variant !== chinese);
  if (others.length > 0) lost.push({ kind: 'variant', text: `${plural(others.length, 'variant')} ${others.map((v) => v.lang).join(', ')}` });
  if (target === 'parallel' && unit.tuid !== undefined) lost.push({ kind: 'tuid', text: 'the tuid' });
  const props = unit.props.filter((prop) => target === 'parallel' || !TSV_PROPS.has(prop.type));
  if (props.length > 0) lost.push({ kind: 'prop', text: `${plural(props.length, 'prop')} ${props.map((p) => p.type).join(', ')}` });
  const attributes = Object.keys(unit.attributes);
  if (attributes.length > 0) lost.push({ kind: 'attribute', text: `${plural(attributes.length, 'attribute')} ${attributes.join(', ')}` });
  if (unit.notes.length > 0) lost.push({ kind: 'note', text: `${unit.notes.length} ${plural(unit.notes.length, 'note')}` });
  for (const variant of [english, chinese]) if (variant !== undefined) appendAll(lost, variantLoss(variant));
  return lost;
}

function variantLoss(variant: TmxVariant): Loss[] {
  const lost: Loss[] = [];
  const attributes = Object.keys(variant.attributes);
  if (attributes.length > 0) lost.push({ kind: 'attribute', text: `${plural(attributes.length, 'attribute')} ${attributes.join(', ')} of ${variant.lang}` });
  if (variant.props.length > 0) lost.push({ kind: 'prop', text: `${plural(variant.props.length, 'prop')} ${variant.props.map((p) => p.type).join(', ')} of ${variant.lang}` });
  if (variant.notes.length > 0) lost.push({ kind: 'note', text: `${variant.notes.length} ${plural(variant.notes.length, 'note')} of ${variant.lang}` });
  if (variant.hasMarkup) lost.push({ kind: 'inline markup', text: `inline markup of ${variant.lang}` });
  return lost;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
