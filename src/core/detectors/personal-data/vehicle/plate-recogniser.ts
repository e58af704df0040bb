import type { HitSink, Recogniser } from '../hit-sink.js';
import type { MessageScan } from '../scan/message-scan.js';
import { sidecodeOf, splitCompactPlate } from './sidecodes.js';

/** Three dash-joined groups standing alone: `ab-12-cd`, `12-abc-3`, `gb-123-x`. */
const DASHED = /(?<![a-z0-9-])([a-z0-9]{1,3})-([a-z0-9]{1,3})-([a-z0-9]{1,3})(?![a-z0-9-])/g;
/** How far after a plate word the plate may start (`kenteken van die ouder: 58ZTJ9`). */
const NEAR = 25;
const CHUNK = /[a-z0-9]{1,6}/y;

/**
 * Dutch licence plates by their side codes (1-14). Letter-digit mixes are common in chat
 * (`groep 7b`, `3sabc1234567`), so a plate counts only with its dashes (`58-ZTJ-9`) or
 * right after a plate word (`kenteken 58ZTJ9`, `nummerbord 12 ABC 3`). Rules:
 * `nl-plate`, `nl-plate-context`.
 */
export const plateRecogniser: Recogniser = ({ scan }, sink) => {
  if (!scan.hasDigit) return;
  const s = scan.plain;
  DASHED.lastIndex = 0;
  for (let m = DASHED.exec(s); m && !sink.full; m = DASHED.exec(s)) {
    if (sidecodeOf([m[1] as string, m[2] as string, m[3] as string]) !== undefined) {
      report(scan, sink, m.index, m.index + m[0].length, 'nl-plate');
    }
  }
  for (const hit of scan.contextHitsOf('plate')) {
    if (sink.full) return;
    const plate = plateNear(s, scan.plainIndexAt(hit.end));
    if (plate) report(scan, sink, plate.start, plate.end, 'nl-plate-context');
  }
};

/** The first plate starting at a word start within a few words after `from`. */
function plateNear(s: string, from: number): { start: number; end: number } | undefined {
  for (let i = from; i < Math.min(s.length, from + NEAR); i++) {
    const c = s[i] as string;
    if (c === '.' || c === '!' || c === '?' || c === '\n') return undefined;
    if (/[a-z0-9]/.test(c) && !/[a-z0-9]/.test(s[i - 1] ?? ' ')) {
      const plate = readPlate(s, i);
      if (plate) return plate;
    }
  }
  return undefined;
}

/** A plate at `i`: six characters at once (`58ztj9`) or three chunks split by a space or dash (`12 abc 3`). */
function readPlate(s: string, i: number): { start: number; end: number } | undefined {
  const chunks: string[] = [];
  let end = i;
  for (let k = 0; k < 3; k++) {
    const at = k === 0 ? i : end + 1;
    if (k > 0 && !(s[end] === ' ' || s[end] === '-')) break;
    CHUNK.lastIndex = at;
    const m = CHUNK.exec(s);
    if (!m || /[a-z0-9]/.test(s[at + m[0].length] ?? '')) break;
    chunks.push(m[0]);
    end = at + m[0].length;
    const compact = k === 0 && m[0].length === 6 ? splitCompactPlate(m[0]) : undefined;
    if (compact && sidecodeOf(compact) !== undefined) return { start: i, end };
    if (k === 2 && sidecodeOf(chunks) !== undefined) return { start: i, end };
  }
  return undefined;
}

function report(scan: MessageScan, sink: HitSink, from: number, to: number, rule: string): void {
  sink.report({ kind: 'licence_plate', rule, ...scan.plainSpan(from, to) });
}
