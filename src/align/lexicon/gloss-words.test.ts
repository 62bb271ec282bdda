import { describe, expect, it } from 'vitest';
import { glossWords } from './gloss-words';

describe('glossWords', () => {
  it('keeps the content words of short senses', () => {
    expect(glossWords('to speak; to talk; to say')).toEqual(['speak', 'talk', 'say']);
    expect(glossWords('consul general')).toEqual(['consul', 'general']);
  });

  it('drops remarks, cross-references and meta senses', () => {
    expect(glossWords('(of eyes) bright')).toEqual(['bright']);
    expect(glossWords('variant of 說|说[shuo1]')).toEqual([]);
    expect(glossWords('surname Chen')).toEqual([]);
    expect(glossWords('CL:個|个[ge4]')).toEqual([]);
    expect(glossWords('to hold (a meeting (formal))')).toEqual(['hold']);
  });

  it('drops explanations longer than a translation', () => {
    expect(glossWords('a semantically light transitive verb combined with various grammatical objects')).toEqual([]);
  });
});
