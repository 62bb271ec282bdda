import { describe, expect, it } from 'vitest';
import {
  DIGIT_START,
  DOTTED_ABBREVIATION,
  HAN_START,
  LETTER_START,
  LINE_BREAK,
  LIST_MARKER_START,
  LOWER_CASE_START,
  SPEECH_TAG_EN,
  TRAILING_PERIOD,
  UPPER_CASE_START,
  URL_OR_EMAIL,
} from './sentence-patterns';

describe('sentence patterns (their TSDoc examples)', () => {
  it('letter classes', () => {
    expect(UPPER_CASE_START.test('Émile')).toBe(true);
    expect(UPPER_CASE_START.test('émile')).toBe(false);
    expect(LOWER_CASE_START.test('über')).toBe(true);
    expect(LOWER_CASE_START.test('Über')).toBe(false);
    expect(LETTER_START.test('重')).toBe(true);
    expect(LETTER_START.test('5')).toBe(false);
    expect(DIGIT_START.test('５')).toBe(true);
    expect(DIGIT_START.test('五')).toBe(false);
    expect(HAN_START.test('慶')).toBe(true);
    expect(HAN_START.test('ア')).toBe(false);
  });

  it('URL_OR_EMAIL', () => {
    expect(URL_OR_EMAIL.test('Jane.Doe@example.com')).toBe(true);
    expect(URL_OR_EMAIL.test('https://example.org/A.Html')).toBe(true);
    expect(URL_OR_EMAIL.test('Francisco.He')).toBe(false);
  });

  it('DOTTED_ABBREVIATION and TRAILING_PERIOD', () => {
    expect(DOTTED_ABBREVIATION.test('U.S.A')).toBe(true);
    expect(DOTTED_ABBREVIATION.test('Ph.D')).toBe(true);
    expect(DOTTED_ABBREVIATION.test('example.com')).toBe(false);
    expect('Dept.'.replace(TRAILING_PERIOD, '')).toBe('Dept');
  });

  it('SPEECH_TAG_EN', () => {
    expect(SPEECH_TAG_EN.test('Wang asked. Then')).toBe(true);
    expect(SPEECH_TAG_EN.test('Old Hai said softly, and')).toBe(true);
    expect(SPEECH_TAG_EN.test('Wang left the room.')).toBe(false);
  });

  it('LIST_MARKER_START and LINE_BREAK', () => {
    expect(LIST_MARKER_START.exec('2) Pay the fee')?.groups?.['label']).toBe('2');
    expect(LIST_MARKER_START.test('2022 was a good year')).toBe(false);
    expect(LIST_MARKER_START.exec('（4） 第四')?.groups?.['bracketed']).toBe('4');
    expect('a\u2029b'.search(LINE_BREAK)).toBe(1);
  });
});
