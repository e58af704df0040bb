import type { Candidate } from '../candidate.js';
import type { Hit, MessageScan } from '../message-scan.js';
import { allowedBy } from './allow-list.js';

/** What makes a threat specific: a weapon, or a time and a place, or an attack on many. */
export interface Specifics {
  readonly weapon?: Hit;
  readonly time?: Hit;
  readonly place?: Hit;
}

export function specifics(scan: MessageScan): Specifics {
  return scan.memo('threat-specifics', () => {
    const weapon = scan.list('weapons').find((h) => !allowedBy(scan, h));
    const time = scan.list('time')[0];
    const place = scan.list('places')[0];
    return { ...(weapon ? { weapon } : {}), ...(time ? { time } : {}), ...(place ? { place } : {}) };
  });
}

/**
 * `specific-threat`: a threat is `critical` when it names a weapon (`mes`, `🔪`, `gun`),
 * or both a time and a place (`morgen 8 uur bij het fietsenhok`), or an attack on a
 * whole school or group (`ik blaas die school op`). A time alone (`wacht maar tot
 * maandag`) stays `high`.
 */
export function applySpecificThreat(c: Candidate, scan: MessageScan, mass: boolean): void {
  if (c.isVetoed || c.category !== 'threat') return;
  const s = specifics(scan);
  const text = (h: Hit) => scan.value.slice(h.start, h.end);
  if (s.weapon) {
    c.raise('specific-threat', `names a weapon ("${text(s.weapon)}")`, 'critical');
    if (scan.sentenceOf(s.weapon) === scan.sentenceOf(c.anchor)) c.cover(s.weapon);
  } else if (s.time && s.place) {
    c.raise(
      'specific-threat',
      `names a time ("${text(s.time)}") and a place ("${text(s.place)}")`,
      'critical',
    );
  } else if (mass) {
    c.raise('specific-threat', 'an attack on a whole school or group', 'critical');
  }
}
