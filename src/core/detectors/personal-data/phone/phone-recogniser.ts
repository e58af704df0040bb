import type { NumberType } from 'libphonenumber-js/max';
import type { Recogniser } from '../hit-sink.js';
import type { MessageScan } from '../scan/message-scan.js';
import type { DigitGroup } from '../scan/number-runs.js';
import { publicNumberNote } from '../veto-notes.js';
import { looksLikeDate } from './date-shape.js';
import { checkPhone, type PhoneCheck } from './phone-check.js';

/**
 * Library validations per message. A real message holds a handful of candidates; the
 * cap keeps a hostile one (thousands of distinct zero-led digit groups) linear.
 */
const MAX_CHECKS = 200;
const MIN_DIGITS = 8;
const MAX_DIGITS = 17;
const CONTEXT_GAP = 30;

/** Line types that belong to a person; toll-free, premium, shared-cost and company (UAN) numbers do not. */
const PERSONAL_TYPES: ReadonlySet<NumberType> = new Set<NumberType>([
  'MOBILE',
  'FIXED_LINE',
  'FIXED_LINE_OR_MOBILE',
  'VOIP',
  'PERSONAL_NUMBER',
  undefined,
]);

/**
 * Phone numbers in every common writing (`06-12345678`, `06 12 34 56 78`, `+31 (0)6 1234
 * 5678`, `0031 6 ...`, `(010) 123 45 67`, `+32 470 ...`): candidates are digit groups that
 * start with `+`, `00` or `0` and have a plausible length; libphonenumber-js decides.
 * Rules: `nl-mobile`, `nl-landline`, `intl-phone`. Public helplines and the group's
 * allow-listed numbers are vetoed (kept for `explain`).
 */
export function phoneRecogniser(publicNumbers: ReadonlyMap<string, string>): Recogniser {
  return ({ scan, runs, allow }, sink) => {
    let checks: PhoneChecks | undefined;
    for (const run of runs) {
      if (run.digitCount < MIN_DIGITS) continue;
      const g = run.groups;
      for (let i = 0; i < g.length && !sink.full; i++) {
        const plus = i === 0 && run.plus;
        const first = g[i] as DigitGroup;
        if ((i === 0 && run.gluedBefore) || (!plus && first.digits[0] !== '0')) continue;
        let best: { j: number; check: PhoneCheck } | undefined;
        let digits = 0;
        for (let j = i; j < g.length; j++) {
          const group = g[j] as DigitGroup;
          digits += group.digits.length;
          if (digits > MAX_DIGITS) break;
          if (j > i && group.sep.includes(',') && !(g[j - 1] as DigitGroup).spelled) break;
          if (j === g.length - 1 && run.gluedAfter) break;
          if (!plausibleLength(plus, first.digits, digits) || looksLikeDate(g, i, j)) continue;
          checks ??= new PhoneChecks();
          const check = checks.validate(writtenForm(scan.plain, g, i, j, plus));
          if (check === undefined) return;
          if (check && (check.valid || !best?.check.valid)) best = { j, check };
        }
        if (!best) continue;
        const sign = plus ? first.start - 1 : first.start;
        const from = scan.plain[sign - 1] === '(' ? sign - 1 : sign; // `(010) ...`, `(+31) ...`
        const { start, end } = scan.plainSpan(from, (g[best.j] as DigitGroup).end);
        i = best.j;
        const publicName = publicNumbers.get(best.check.e164);
        if ((!publicName && !PERSONAL_TYPES.has(best.check.type)) || !sink.isFree(start, end)) continue;
        if (!best.check.valid && !saidToBeAPhone(scan, start)) continue;
        sink.report({
          kind: 'phone',
          rule: ruleOf(best.check),
          start,
          end,
          allowListed: allow.hasPhone(best.check.e164, scan.original.slice(start, end)),
          ...(publicName ? { vetoed: publicNumberNote(publicName, scan.context.lang) } : {}),
        });
      }
    }
  };
}

/**
 * The library checks of one message, memoised by written form and capped at MAX_CHECKS.
 * A class rather than a closure made per message: most messages never need one, and a
 * closure per call is not free under the tsx loader (it names every function it makes).
 */
class PhoneChecks {
  private readonly cache = new Map<string, PhoneCheck | null>();
  private checks = 0;

  /** The check of `written`; undefined once the cap is reached. */
  validate(written: string): PhoneCheck | null | undefined {
    const known = this.cache.get(written);
    if (known !== undefined) return known;
    if (this.checks++ >= MAX_CHECKS) return undefined;
    const result = checkPhone(written) ?? null;
    this.cache.set(written, result);
    return result;
  }
}

function plausibleLength(plus: boolean, firstDigits: string, digits: number): boolean {
  if (plus) return digits >= 8 && digits <= 16;
  if (firstDigits.startsWith('00')) return digits >= 10 && digits <= MAX_DIGITS;
  return digits >= 8 && digits <= 12;
}

/** What the library reads: the text as written, or the digits when some were spelled out. */
function writtenForm(plain: string, g: readonly DigitGroup[], i: number, j: number, plus: boolean): string {
  let spelled = false;
  for (let k = i; k <= j; k++) if ((g[k] as DigitGroup).spelled) spelled = true;
  const first = g[i] as DigitGroup;
  if (!spelled) return plain.slice(plus ? first.start - 1 : first.start, (g[j] as DigitGroup).end);
  let d = '';
  for (let k = i; k <= j; k++) d += (g[k] as DigitGroup).digits;
  return d;
}

function ruleOf(check: PhoneCheck): string {
  if (!check.valid) return check.country === 'NL' ? 'nl-phone-unissued' : 'intl-phone-unissued';
  if (check.country !== 'NL') return 'intl-phone';
  return check.type === 'MOBILE' ? 'nl-mobile' : 'nl-landline';
}

/**
 * A number of the right length in a range the plan has not issued (`06-71448023`) is
 * still meant as a phone number when a phone word precedes it (`z'n nummer is`, `bel`,
 * `app me op`): made-up and mistyped numbers are shared the same way real ones are.
 */
function saidToBeAPhone(scan: MessageScan, start: number): boolean {
  return scan.contextBefore('phone', start, CONTEXT_GAP) !== undefined;
}

/** Public numbers from the lexicon as E.164, for comparing with what the library reads. */
export function publicNumberIndex(list: readonly { number: string; name: string }[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const { number, name } of list) {
    const check = checkPhone(number);
    if (check) index.set(check.e164, name);
  }
  return index;
}
