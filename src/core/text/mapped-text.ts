import type { TextView } from './normalised-text.js';

/**
 * A string with, for every UTF-16 unit, the span of the original text it came from.
 * Each normalisation step maps one MappedText to the next and carries the spans along,
 * so the final view can answer "where in the original is this?" without ever
 * re-deriving anything. Spans are monotone: starts and ends never decrease.
 *
 * Most chat lines need no step that moves characters, so `starts`/`ends` may be absent:
 * then unit i came from original index i (no arrays allocated on the hot path).
 */
export interface MappedText {
  readonly text: string;
  /** Original start of each unit of `text`; absent = identity. */
  readonly starts?: readonly number[];
  /** Original exclusive end of each unit of `text`; absent = identity. */
  readonly ends?: readonly number[];
  /** Length of the original text. */
  readonly originalLength: number;
}

export function startOf(m: MappedText, i: number): number {
  return m.starts ? (m.starts[i] as number) : i;
}

export function endOf(m: MappedText, i: number): number {
  return m.ends ? (m.ends[i] as number) : i + 1;
}

/** Accumulates units and their spans. */
export class MappedTextBuilder {
  private text = '';
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Append `s` (one or more units), all of it attributed to original `[start, end)`. */
  push(s: string, start: number, end: number): void {
    this.text += s;
    for (let i = 0; i < s.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  /** Append `s`, whose unit k came from original index `start + k` (a run that maps one to one). */
  pushRun(s: string, start: number): void {
    this.text += s;
    for (let k = 0; k < s.length; k++) {
      this.starts.push(start + k);
      this.ends.push(start + k + 1);
    }
  }

  /** Append the unit `i` of `from` with its span unchanged. */
  copy(from: MappedText, i: number): void {
    this.text += from.text[i] as string;
    this.starts.push(startOf(from, i));
    this.ends.push(endOf(from, i));
  }

  build(originalLength: number): MappedText {
    return { text: this.text, starts: this.starts, ends: this.ends, originalLength };
  }
}

/** The read-only view detectors see. */
export function toView(m: MappedText): TextView {
  const { text, originalLength } = m;
  return {
    value: text,
    toOriginal(i: number): number {
      if (i >= text.length) return originalLength;
      return startOf(m, Math.max(0, i));
    },
    toOriginalEnd(end: number): number {
      if (end <= 0) return text.length === 0 ? 0 : startOf(m, 0);
      if (end > text.length) return originalLength;
      return endOf(m, end - 1);
    },
  };
}
