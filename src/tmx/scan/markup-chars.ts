/** UTF-16 code units of XML markup characters, named once for the TMX reader's scanners. */

/** `<` */
export const LT = 0x3c;
/** `>` */
export const GT = 0x3e;
/** `/` */
export const SLASH = 0x2f;
/** `!` */
export const BANG = 0x21;
/** `?` */
export const QUESTION = 0x3f;
/** `=` */
export const EQUALS = 0x3d;
/** `"` */
export const DOUBLE_QUOTE = 0x22;
/** `'` */
export const SINGLE_QUOTE = 0x27;
/** `[` */
export const OPEN_BRACKET = 0x5b;
/** `]` */
export const CLOSE_BRACKET = 0x5d;
