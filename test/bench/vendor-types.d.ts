// Types for the peer splitters the benchmark runs (sbd ships none).
declare module 'sbd' {
  export interface SbdOptions {
    newline_boundaries?: boolean;
    html_boundaries?: boolean;
    sanitize?: boolean;
    preserve_whitespace?: boolean;
    abbreviations?: string[] | null;
  }
  export function sentences(text: string, options?: SbdOptions): string[];
}
