// Types for the parts of segmentit (no bundled types) that bitext-tm uses.
declare module 'segmentit' {
  export interface SegmentitWord {
    /** The word. */
    w: string;
    /** Part-of-speech bit flags (POSTAG); absent for unknown words. */
    p?: number;
  }
  export class Segment {
    doSegment(text: string, options?: { simple?: false; stripPunctuation?: boolean }): SegmentitWord[];
    doSegment(text: string, options: { simple: true; stripPunctuation?: boolean }): string[];
  }
  export function useDefault(segment: Segment): Segment;
  export const POSTAG: Readonly<Record<string, number>>;
}
