/**
 * Everything a written TMX holds before its first `<tu>`: XML declaration,
 * optional DOCTYPE, `<tmx version="1.4">` and the header with every attribute
 * the TMX 1.4 DTD requires.
 */
import { TmxWriteError } from '../../errors';
import { VERSION } from '../../version';
import { escapeXmlAttribute } from '../../xml/escape-xml';

/** What the header states. */
export interface TmxPrologFacts {
  readonly srclang: string;
  readonly adminLang: string;
  readonly originalFormat: string;
  readonly creationDate: Date | number | undefined;
  readonly doctype: boolean;
}

/**
 * A date as TMX writes it (ISO 8601 basic format, UTC): YYYYMMDDThhmmssZ.
 * Numbers are seconds since the epoch, as in SOURCE_DATE_EPOCH.
 * @example formatTmxDate(1668470400) //=> '20221115T000000Z'
 */
export function formatTmxDate(date: Date | number): string {
  const value = typeof date === 'number' ? new Date(date * 1000) : date;
  if (Number.isNaN(value.getTime())) throw new TmxWriteError('TMX_INVALID_OPTION', `Expected creationDate to be a valid Date or seconds since the epoch, found ${String(date)}.`);
  const year = value.getUTCFullYear();
  if (year < 0 || year > 9999) throw new TmxWriteError('TMX_INVALID_OPTION', `Expected creationDate in years 0000–9999, found ${year}.`);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${pad(year, 4)}${pad(value.getUTCMonth() + 1)}${pad(value.getUTCDate())}T${pad(value.getUTCHours())}${pad(value.getUTCMinutes())}${pad(value.getUTCSeconds())}Z`;
}

/**
 * The text before the first `<tu>`, ending with `<body>` and a newline.
 * `version="1.4"`, not "1.4b": the DTD fixes the attribute to 1.4 and OmegaT
 * rejects any other value.
 */
export function tmxProlog(facts: TmxPrologFacts): string {
  const attributes: [string, string][] = [
    ['creationtool', 'bitext-tm'],
    ['creationtoolversion', VERSION],
    ['segtype', 'sentence'],
    ['o-tmf', facts.originalFormat],
    ['adminlang', facts.adminLang],
    ['srclang', facts.srclang],
    ['datatype', 'plaintext'],
  ];
  if (facts.creationDate !== undefined) attributes.push(['creationdate', formatTmxDate(facts.creationDate)]);
  const header = attributes.map(([name, value]) => `${name}="${escapeXmlAttribute(value)}"`).join(' ');
  const doctype = facts.doctype ? '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n' : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}<tmx version="1.4">\n  <header ${header}/>\n  <body>\n`;
}

/** The text after the last `</tu>`. */
export const TMX_EPILOG = '  </body>\n</tmx>\n';
