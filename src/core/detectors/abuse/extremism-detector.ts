import type { AbuseDetectorSpec } from './abuse-detector.js';
import { Candidate } from './candidate.js';
import type { Hit, MessageScan } from './message-scan.js';
import { cuesOf, words } from './signals.js';

/**
 * Extremism: glorifying terrorist acts or violent extremist groups, recruiting,
 * propaganda; always `high`. Unmistakable symbols and slogans (`heil hitler`, `1488`,
 * `卐`, `RaHoWa`) count alone; a reference to an attack, a group or a perpetrator
 * (`die aanslag`, `IS`, `Breivik`, `9/11`) counts with praise, justification or a call
 * to join (`was terecht`, `mijn held`, `sluit je aan`). Without praise it is news,
 * history or schoolwork (`werkstuk over Hitler`, `de aanslag op de Twin Towers was in
 * 2001`) and is left alone, as are quotes and reports.
 */
export const extremismSpec: AbuseDetectorSpec = {
  id: 'extremism',
  category: 'extremism',
  triggers: ['extremism', 'glorification:emulate', 'glorification:recruit', 'glorification:prepare'],
  propose(scan: MessageScan): Candidate[] {
    const out: Candidate[] = [];
    for (const h of scan.list('extremism')) {
      const strong = h.entry.attrs.strong === 'yes';
      // Praise must stand in the same sentence (`Breivik had gelijk`); a justification or a
      // call to join may stand anywhere in the message.
      const praise = scan
        .list('glorification')
        .find((g) => g.entry.attrs.kind !== 'praise' || praises(scan, g, h));
      if (!strong && !praise) continue;
      const c = new Candidate(
        'extremism',
        'high',
        h,
        `extremism:${h.entry.attrs.kind}`,
        strong
          ? `extremist symbol or slogan ("${words(scan, h)}")`
          : `praises or joins violent extremism ("${words(scan, h)}")`,
      );
      if (!strong && praise) {
        c.note('glorification', `praise, justification or a call to join ("${words(scan, praise)}")`);
        if (scan.sentenceOf(praise) === scan.sentenceOf(h)) c.cover(praise);
      }
      out.push(c);
    }
    if (out.length > 0) return out;
    // Copying a school attack, or joining a bomb plot, is extremism without naming anyone.
    const emulate = cuesOf(scan, 'glorification', ['emulate', 'recruit', 'prepare'])[0];
    const school = scan.list('persons').find((p) => p.entry.attrs.role === 'school');
    const bomb = cuesOf(scan, 'weapons', ['explosive'])[0];
    if (emulate && ((emulate.entry.attrs.kind === 'emulate' && school) || bomb)) {
      const c = new Candidate(
        'extremism',
        'high',
        emulate,
        `extremism:${emulate.entry.attrs.kind}`,
        `copies or joins an attack ("${words(scan, emulate)}")`,
      );
      if (bomb) c.cover(bomb);
      out.push(c);
    }
    return out;
  },
};

const AGAINST = new Set(['tegen', 'against', 'van', 'of', 'voor', 'for', 'over', 'about', 'from']);

/**
 * Praise speaks of the reference when it follows it in the sentence (`de IS-strijders zijn
 * echte helden`) or stands right before it (`mijn held Breivik`); `de verzetsstrijders
 * waren helden tegen de nazi's` praises someone else.
 */
function praises(scan: MessageScan, praise: Hit, ref: Hit): boolean {
  if (scan.sentenceOf(praise) !== scan.sentenceOf(ref)) return false;
  // `terroristen zijn geen helden`: the praise is denied.
  if (praise.first > ref.last)
    return !scan.list('negation').some((n) => n.first > ref.last && n.last < praise.first);
  if (ref.first - praise.last > 3) return false;
  for (let i = praise.last + 1; i < ref.first; i++) if (AGAINST.has(scan.token(i)?.text ?? '')) return false;
  return true;
}
