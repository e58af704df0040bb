import type { TextView } from './normalised-text.js';

/**
 * A string with, for every UTF-16 unit, the span of the original text it came from.
 * Each normalisation step maps one MappedText to the next and carries the spans along,
 * so the final view can answer "where in the original is this?" without ever
 * re-deriving anything. Spans are monotone: starts and ends never decrease.
 */
export interface MappedText {
  readonly text: string;
  /** Original start of each unit of `text`. */
  readonly starts: Int32Array;
  /** Original exclusive end of each unit of `text`. */
  readonly ends: Int32Array;
  /** Length of the original text. */
  readonly originalLength: number;
}

/** Accumulates units and their spans; grows as needed. */
export class MappedTextBuilder {
  private units: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(capacityHint: number) {
    const cap = Math.max(16, capacityHint);
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
  }

  /** Append `s` (one or more units), all of it attributed to original `[start, end)`. */
  push(s: string, start: number, end: number): void {
    for (let i = 0; i < s.length; i++) {
      if (this.length === this.starts.length) this.grow();
      this.units.push(s[i] as string);
      this.starts[this.length] = start;
      this.ends[this.length] = end;
      this.length++;
    }
  }

  /** Append the unit `i` of `from` with its span unchanged. */
  copy(from: MappedText, i: number): void {
    this.push(from.text[i] as string, from.starts[i] as number, from.ends[i] as number);
  }

  build(originalLength: number): MappedText {
    return {
      text: this.units.join(''),
      starts: this.starts.subarray(0, this.length),
      ends: this.ends.subarray(0, this.length),
      originalLength,
    };
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}

/** The read-only view detectors see. */
export function toView(m: MappedText): TextView {
  const { text, starts, ends, originalLength } = m;
  return {
    value: text,
    toOriginal(i: number): number {
      if (i <= 0) return text.length === 0 ? 0 : Math.min(starts[0] as number, originalLength);
      if (i >= text.length) return originalLength;
      return starts[i] as number;
    },
    toOriginalEnd(end: number): number {
      if (end <= 0) return text.length === 0 ? 0 : (starts[0] as number);
      if (end > text.length) return originalLength;
      return ends[end - 1] as number;
    },
  };
}
