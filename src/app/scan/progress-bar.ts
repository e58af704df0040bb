import type { Writable } from 'node:stream';

const WIDTH = 30;

/**
 * A one-line progress bar for long scans (`[#####-----] 45%  12.3 / 27.0 MB`), redrawn
 * in place with `\r` and only when the shown percentage changes, so a 50 MB file costs
 * a hundred writes, not a million. Only shown on a terminal: piped output stays clean.
 */
export class ProgressBar {
  private shown = -1;

  constructor(
    private readonly out: Writable,
    private readonly total: number,
    private readonly label: string,
  ) {}

  update(done: number): void {
    const pct = this.total <= 0 ? 100 : Math.min(100, Math.floor((done / this.total) * 100));
    if (pct === this.shown) return;
    this.shown = pct;
    const filled = Math.round((pct / 100) * WIDTH);
    const mb = (n: number) => (n / 1_048_576).toFixed(1);
    this.out.write(
      `\r${this.label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(pct).padStart(3)}%  ${mb(Math.min(done, this.total))} / ${mb(this.total)} MB`,
    );
  }

  /** Draws 100% and ends the line, so what is printed next starts on its own line. */
  finish(): void {
    this.update(this.total);
    this.out.write('\n');
  }
}

/** Files smaller than this scan in well under a second: no bar. */
export const PROGRESS_MIN_BYTES = 1_048_576;
