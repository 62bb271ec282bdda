/** A writable stand-in for stdout/stderr that keeps what is written and says whether it is a terminal. */
export interface FakeStream {
  written: string;
  readonly isTTY: boolean;
  write(text: string): void;
}

/** A stream that records its writes; `isTTY` true plays a terminal (progress bars draw), false a pipe. */
export function fakeStream(isTTY: boolean): FakeStream {
  return {
    written: '',
    isTTY,
    write(text: string) {
      this.written += text;
    },
  };
}
