import type { Recogniser } from '../hit-sink.js';
import { digitWindows } from '../scan/digit-windows.js';
import { passesElevenCheck } from '../validators/eleven-check.js';

/** How a BSN is written: nine digits, or 3-3-3 / 4-2-3 / 2-3-4 with one separator. */
const SHAPES = new Set(['9', '3,3,3', '4,2,3', '2,3,4', '3,2,2,2']);
const BSN_WORD_GAP = 60;

/**
 * Citizen service numbers (BSN): nine digits that pass the eleven-check. One random
 * nine-digit number in eleven passes too, so a number right after an order, invoice or
 * tracking word (`bestelnummer 123456782`) is not reported. Rules: `bsn` (a BSN word
 * such as `bsn`, `burgerservicenummer` precedes it) and `bsn-elfproef` (the check alone).
 */
export const bsnRecogniser: Recogniser = ({ scan, runs }, sink) => {
  for (const w of digitWindows(runs, 9, 9)) {
    if (sink.full) return;
    if (w.digits.length !== 9 || !SHAPES.has(w.shape.join(',')) || !passesElevenCheck(w.digits)) continue;
    const span = scan.plainSpan(w.start, w.end);
    const named = scan.contextBefore('bsn', span.start, BSN_WORD_GAP) !== undefined;
    sink.report({
      kind: 'bsn',
      rule: named ? 'bsn' : 'bsn-elfproef',
      ...span,
    });
  }
};
