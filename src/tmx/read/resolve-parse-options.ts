/** Apply the defaults of `TmxParseOptions` and check the values. */
import { TmxParseError, type Issue } from '../../errors';
import { DEFAULT_TMX_PARSE_OPTIONS, type TmxParseOptions } from './tmx-parse-options';
import type { TmxScannerOptions } from '../scan/tmx-scanner';

/** Options with defaults filled in; `collected` is the array errors carry as `issues`. */
export function resolveParseOptions(options: TmxParseOptions, collected: readonly Issue[]): TmxScannerOptions {
  const resolved = {
    inline: options.inline ?? DEFAULT_TMX_PARSE_OPTIONS.inline,
    onInvalidUnit: options.onInvalidUnit ?? DEFAULT_TMX_PARSE_OPTIONS.onInvalidUnit,
    illegalChars: options.illegalChars ?? DEFAULT_TMX_PARSE_OPTIONS.illegalChars,
    maxElementLength: options.maxElementLength ?? DEFAULT_TMX_PARSE_OPTIONS.maxElementLength,
    file: options.file,
    collected,
  };
  check(['flatten', 'tags', 'placeholders'], resolved.inline, 'inline');
  check(['skip', 'error'], resolved.onInvalidUnit, 'onInvalidUnit');
  check(['error', 'remove'], resolved.illegalChars, 'illegalChars');
  if (!Number.isSafeInteger(resolved.maxElementLength) || resolved.maxElementLength < 1) {
    throw new TmxParseError('TMX_INVALID_OPTION', `Expected maxElementLength to be a positive integer, found ${String(resolved.maxElementLength)}.`);
  }
  return resolved;
}

function check(allowed: readonly string[], value: string, name: string): void {
  if (!allowed.includes(value)) throw new TmxParseError('TMX_INVALID_OPTION', `Expected ${name} to be one of ${allowed.map((a) => `'${a}'`).join(', ')}, found ${JSON.stringify(value)}.`);
}
