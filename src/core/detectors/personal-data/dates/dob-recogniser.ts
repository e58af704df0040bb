import type { HitSink, Recogniser } from '../hit-sink.js';
import type { MessageScan } from '../scan/message-scan.js';
import { type DateHit, firstDateIn } from './date-parse.js';

const AFTER_WORD = 30;
const BEFORE_WORD = 16;
const LABEL = 60;
const YEAR = /(?<![0-9])(19|20)[0-9]{2}(?![0-9])/y;

/**
 * Dates of birth, only where the text ties the date to a birth: right after a birth word
 * (`geboren op 12-03-2015`, `geboortedatum: 3 mei 2016`, `born on`, `date of birth`),
 * right before one (`op 12 maart 2015 geboren`), or a birthday with its year (`jarig op
 * 4 juni, geboren in 2015`, `verjaardag: 03-11-2014`). A date of birth is a full date
 * (day, month and year; the corpus labelling guide agrees): a birthday alone (`jarig op
 * 4 juni`) is celebrated in class groups every week, and other dates (a school trip on
 * 12-06-2026) are left alone. Rules: `dob`, `dob-birthday`.
 */
export const dobRecogniser: Recogniser = ({ scan }, sink) => {
  if (!scan.hasDigit) return;
  const s = scan.plain;
  for (const word of scan.contextHitsOf('birthday')) {
    if (sink.full) return;
    const after = scan.plainIndexAt(word.end);
    const date = firstDateIn(s, after, after + AFTER_WORD);
    const end = date && fullDateEnd(scan, date);
    if (date && end !== undefined) report(scan, sink, date.start, end, 'dob-birthday', word);
  }
  for (const word of scan.contextHitsOf('dob')) {
    if (sink.full) return;
    const after = scan.plainIndexAt(word.end);
    const date =
      firstDateIn(s, after, after + AFTER_WORD) ??
      dateAfterLabel(s, after) ??
      lastDateBefore(s, scan.plainIndexAt(word.start));
    const end = date && fullDateEnd(scan, date);
    if (date && end !== undefined) report(scan, sink, date.start, end, 'dob', word);
  }
};

/** Where the full date ends: the date itself with a year, or the year given right after (`4 juni, geboren in 2015`). */
function fullDateEnd(scan: MessageScan, date: DateHit): number | undefined {
  return date.year !== undefined ? date.end : birthYearAfter(scan, date);
}

/** `Geboortedatum van Lucas voor het kampformulier: 17 februari 2013`: a form label, a colon, the date. */
function dateAfterLabel(s: string, from: number): DateHit | undefined {
  const colon = s.slice(from, from + LABEL).indexOf(':') + from;
  if (colon < from) return undefined;
  let i = colon + 1;
  while (s[i] === ' ') i++;
  return firstDateIn(s, i, i + 1);
}

/** The last date ending at most a few characters before `to` (`op 12 maart 2015 geboren`). */
function lastDateBefore(s: string, to: number): DateHit | undefined {
  let found: DateHit | undefined;
  let from = Math.max(0, to - BEFORE_WORD - 20);
  for (let d = firstDateIn(s, from, to); d; d = firstDateIn(s, from, to)) {
    if (d.end <= to && to - d.end <= BEFORE_WORD) found = d;
    from = d.start + 1;
  }
  return found;
}

/** `4 juni, geboren in 2015`: a birth word and a year right after a birthday; where the year ends. */
function birthYearAfter(scan: MessageScan, date: DateHit): number | undefined {
  const birth = scan.contextAfter('dob', scan.plainSpan(date.start, date.end).end, AFTER_WORD);
  if (!birth) return undefined;
  const from = scan.plainIndexAt(birth.end);
  for (let i = from; i < Math.min(scan.plain.length, from + BEFORE_WORD); i++) {
    YEAR.lastIndex = i;
    const m = YEAR.exec(scan.plain);
    if (m) return i + m[0].length;
  }
  return undefined;
}

function report(
  scan: MessageScan,
  sink: HitSink,
  from: number,
  to: number,
  rule: string,
  word: { readonly start: number; readonly end: number },
): void {
  const span = scan.plainSpan(from, to);
  const [gapFrom, gapTo] = word.end <= span.start ? [word.end, span.start] : [span.end, word.start];
  if (!scan.sameSentence(gapFrom, gapTo)) return;
  sink.report({ kind: 'date_of_birth', rule, ...span });
}
