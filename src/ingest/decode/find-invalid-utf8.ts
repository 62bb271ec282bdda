/** Locate the first byte that breaks UTF-8 (TextDecoder says only that one does). */
import { validUtf8Length } from '../../valid-utf8-length';

/**
 * Index of the first byte of the first ill-formed UTF-8 sequence in `bytes`
 * (see {@link validUtf8Length}), or `undefined` when all of it is well-formed.
 * @example findInvalidUtf8(new Uint8Array([0x61, 0xe4, 0xb8, 0xad, 0xff])) //=> 4
 */
export function findInvalidUtf8(bytes: Uint8Array): number | undefined {
  const valid = validUtf8Length(bytes);
  return valid === bytes.length ? undefined : valid;
}
