import { describe, expect, it } from 'vitest';
import { closesQuotation, followsSpeechTag, isEnglishSpeechDash, quotationOpenedAt, repeatsWordBefore } from './english-speech';

describe('English speech helpers (their TSDoc examples and edges)', () => {
  it('tells quoted speech from an embedded quotation', () => {
    expect(quotationOpenedAt('He said: "Go."', 9)).toBe('speech');
    expect(quotationOpenedAt('a step "forward"', 7)).toBe('embedded');
    expect(quotationOpenedAt('"Go."', 0)).toBe('speech');
    expect(quotationOpenedAt('Stop. "Go."', 6)).toBe('speech');
  });

  it('tells a closing quotation mark from a closing bracket', () => {
    expect(closesQuotation("Why?' Wang", 4, 5)).toBe(true);
    expect(closesQuotation('Why?) Wang', 4, 5)).toBe(false);
  });

  it('finds a capitalised speech tag', () => {
    expect(followsSpeechTag("'Why?' Wang asked.", 7)).toBe(true);
    expect(followsSpeechTag("'Why?' Wang left.", 7)).toBe(false);
  });

  it('finds a stammer and the dashes of broken-off speech', () => {
    expect(repeatsWordBefore("I... I can't", 1, 5)).toBe(true);
    expect(repeatsWordBefore('is ... I want', 3, 7)).toBe(false);
    expect(isEnglishSpeechDash('—'.charCodeAt(0))).toBe(true);
    expect(isEnglishSpeechDash('a'.charCodeAt(0))).toBe(false);
  });
});
