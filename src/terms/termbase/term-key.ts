/**
 * Lookup keys for terms: what a query and a term must share to match.
 * English is matched ignoring case, hyphens, curly quotes and spacing
 * ("consul general" finds "Consul-General"); Chinese on its Simplified form,
 * so either script finds either ("外办副主任" finds 外辦副主任).
 */
import { toSimplified } from '../../chinese/convert-script';

/**
 * Key of an English term or query.
 * @example englishTermKey('the Consul-General') //=> 'consul general'
 */
export function englishTermKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/[-‐‑–—_/]/gu, ' ')
    .replace(/[^\p{L}\p{N}'&.]+/gu, ' ')
    .replace(/\.(?=\s|$)/gu, '')
    .trim()
    .replace(/\s+/gu, ' ')
    .replace(/^the /u, '');
}

/**
 * Key of a Chinese term or query: Simplified, without spaces or name-separator variants.
 * @example chineseTermKey('外辦 副主任') //=> '外办副主任'
 */
export function chineseTermKey(text: string): string {
  return toSimplified(text.normalize('NFKC')).replace(/\s+/gu, '').replace(/[・•‧．]/gu, '·');
}
