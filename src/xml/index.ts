export { escapeXmlAttribute, escapeXmlText, type EscapeXmlTextOptions } from './escape-xml';
export { firstIllegalXmlChar, ILLEGAL_XML_CHAR, ILLEGAL_XML_CHAR_RUN, isXmlChar, MAYBE_ILLEGAL_XML_CHAR } from './xml-chars';
