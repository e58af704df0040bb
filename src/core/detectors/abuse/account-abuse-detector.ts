import type { AbuseDetectorSpec } from './abuse-detector.js';
import { Candidate } from './candidate.js';
import type { Hit, MessageScan } from './message-scan.js';
import { cuesOf, settleTarget, words } from './signals.js';
import { targetOf } from './target.js';

const ACTS = ['takeover', 'hack', 'impersonate', 'request'];
const SUBJECTS = new Set(['ik', 'we', 'wij', 'i', "i'm", 'im', "i've", "i'll"]);
const VALUE = /\d{3,}|(?=\S*\d)[^\s,.;]{4,}|\S+\s?\/\s?\S+/;

/**
 * Account abuse: taking over or hacking accounts, sharing passwords or login codes,
 * impersonation accounts, the `new number, please pay` scam. `high` when it touches
 * someone else's account (`ik zit in haar insta`, `wachtwoord van Jesse is ...`, a fake
 * account of the teacher); `medium` when a member shares their own login
 * (`mijn wachtwoord van magister is ...`). Someone reporting that it happened to them
 * (`iemand heeft het account van Ilse overgenomen, NIET betalen`) is left alone, as are
 * shared codes (guest wifi, class code) and password resets.
 */
export const accountAbuseSpec: AbuseDetectorSpec = {
  id: 'account-abuse',
  category: 'account_abuse',
  triggers: [
    'account:credential',
    'account:takeover',
    'account:hack',
    'account:impersonate',
    'account:request',
    'account:scam',
  ],
  propose(scan: MessageScan): Candidate[] {
    const out: Candidate[] = [];
    for (const h of cuesOf(scan, 'account', ACTS)) {
      // `sev=mild` (`staat nog open`, `forward it`): only with another account signal.
      if (h.entry.attrs.sev === 'mild' && !otherSignal(scan, h)) continue;
      const c = new Candidate(
        'account_abuse',
        'high',
        h,
        `account:${h.entry.attrs.kind}`,
        `${describe(h.entry.attrs.kind)} ("${words(scan, h)}")`,
      );
      // Taking over a class or hacking a timetable is not account abuse: an account must be in view.
      const kind = h.entry.attrs.kind;
      if (kind !== 'hack' && kind !== 'request' && !accountNear(scan, h)) continue;
      if (reported(scan, h)) {
        c.veto('reported-incident', 'someone reports that it happened, asking for help');
      } else {
        // `mijn account is gehackt` is the writer's own; `zijn gmail gehackt, alles naar mezelf`
        // is someone else's: the writer is only the target when their account is named.
        const mine = ownedByWriter(scan, h);
        const call = mine
          ? targetOf(scan, h, { maxDistance: 10, ignoreSubjects: true, ignoreObjects: true })
          : targetOf(scan, h, {
              maxDistance: 10,
              ignoreSubjects: true,
              ignoreObjects: true,
              ignoreSelf: true,
            });
        // `stuur me die code`: the code is the other person's, whoever it is sent to.
        if (call.kind === 'self' && h.entry.attrs.kind === 'request') {
          c.target = 'person';
          c.note('second-person', 'asks someone for their code');
        } else {
          settleTarget(c, scan, call, { addressedByDefault: true });
        }
      }
      out.push(c);
    }
    for (const h of cuesOf(scan, 'account', ['credential'])) {
      const c = credential(scan, h);
      if (c) out.push(c);
    }
    const scam = cuesOf(scan, 'account', ['scam'])[0];
    const money = cuesOf(scan, 'account', ['money'])[0];
    if (scam && money) {
      const c = new Candidate(
        'account_abuse',
        'high',
        scam,
        'account:scam',
        `"new number" scam ("${words(scan, scam)}" ... "${words(scan, money)}")`,
      );
      c.target = 'person';
      c.note('impersonation', 'pretends to be a member on a new number and asks for money');
      out.push(c);
    }
    return out;
  },
};

function credential(scan: MessageScan, h: Hit): Candidate | undefined {
  if (cuesOf(scan, 'account', ACTS).some((a) => scan.sentenceOf(a) === scan.sentenceOf(h))) return undefined; // the act is the finding
  const value = valueAfter(scan, h);
  const call = targetOf(scan, h, { maxDistance: 12, ignoreSubjects: true, ignoreObjects: true });
  const own =
    call.kind === 'self' ||
    ownedByWriter(scan, h) ||
    cuesOf(scan, 'account', ['own']).some((o) => o.start <= h.start && o.end >= h.start);
  if (own) {
    if (!value) return undefined;
    const c = new Candidate(
      'account_abuse',
      'medium',
      h,
      'account:own-credential',
      `shares their own login ("${words(scan, h)}")`,
    );
    c.target = 'self';
    c.note('self-target', 'the writer’s own account');
    return c;
  }
  if (!(value || holds(scan, h)) || call.kind === 'none' || call.kind === 'object') return undefined;
  const c = new Candidate(
    'account_abuse',
    'high',
    h,
    'account:credential',
    `someone else's login ("${words(scan, h)}")`,
  );
  if (reported(scan, h)) {
    c.veto('reported-incident', 'someone reports that it happened, asking for help');
    return c;
  }
  settleTarget(c, scan, call, { addressedByDefault: false });
  if (value) c.note('credential-shared', 'a password or code is in the message');
  return c;
}

function otherSignal(scan: MessageScan, h: Hit): boolean {
  return scan
    .list('account')
    .some(
      (o) =>
        o !== h &&
        o.entry.attrs.sev !== 'mild' &&
        o.entry.attrs.kind !== 'shared' &&
        !(o.start < h.end && h.start < o.end),
    );
}

/** `mijn wachtwoord`, `my school login password`: a writer's possessive just before. */
function ownedByWriter(scan: MessageScan, h: Hit): boolean {
  for (let i = h.first - 1; i >= 0 && i >= h.first - 4; i--) {
    const t = scan.token(i)?.text ?? '';
    if (t === 'mijn' || t === "m'n" || t === 'mn' || t === 'my') return true;
  }
  return false;
}

/** An account, platform or login in the same sentence (or in the hit itself: `nep account`). */
function accountNear(scan: MessageScan, h: Hit): boolean {
  if (/account|profiel|profile/.test(words(scan, h))) return true;
  return cuesOf(scan, 'account', ['platform', 'credential', 'own']).some(
    (p) => scan.sentenceOf(p) === scan.sentenceOf(h),
  );
}

/** The writer has, knows or asks for it (`ik heb het wachtwoord van`, `wie heeft de inlog van`). */
function holds(scan: MessageScan, h: Hit): boolean {
  if (cuesOf(scan, 'account', ['own', 'request']).length > 0) return true;
  const sentence = scan.sentenceOf(h);
  return scan.tokenList.some((t) => t.sentence === sentence && SUBJECTS.has(t.text));
}

/** A password-like value or code in the original text after the hit, in the same sentence. */
function valueAfter(scan: MessageScan, h: Hit): boolean {
  const text = scan.text;
  const from = text.toOriginalEnd(h.end);
  const sentenceEnd = scan.tokenList.findLast((t) => t.sentence === scan.sentenceOf(h));
  const to = sentenceEnd ? text.toOriginalEnd(sentenceEnd.end) : text.original.length;
  return VALUE.test(text.original.slice(from, Math.min(to, from + 100)));
}

/** `iemand heeft ...`, `someone took over ...`: an unknown third party did it, the writer reports it. */
function reported(scan: MessageScan, h: Hit): boolean {
  const someone = scan
    .list('persons')
    .some(
      (p) =>
        p.entry.attrs.role === 'someone' && scan.sentenceOf(p) === scan.sentenceOf(h) && p.first < h.first,
    );
  const writer = scan.tokenList.some(
    (t, i) => SUBJECTS.has(t.text) && i < h.first && t.clause === scan.token(h.first)?.clause,
  );
  return someone && !writer;
}

function describe(kind: string | undefined): string {
  switch (kind) {
    case 'hack':
      return 'hacking an account';
    case 'impersonate':
      return 'a fake account in someone’s name';
    case 'request':
      return 'asks for someone’s password or login code';
    default:
      return 'uses someone else’s account';
  }
}
