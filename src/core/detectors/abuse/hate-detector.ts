import type { AbuseDetectorSpec } from './abuse-detector.js';
import { Candidate } from './candidate.js';
import { identityAbuse } from './identity-abuse.js';
import type { MessageScan } from './message-scan.js';
import { asTarget } from './target.js';

/**
 * Hate: derogation, dehumanisation, slurs and calls for exclusion or harm of people for
 * a protected characteristic, always `high` (CONTRACT). The evidence is the derogation
 * or slur; the identity word it speaks about is covered too. Identity words used
 * neutrally or warmly (`fijne Eid`, `ik ben homo`, `Pride-week`) are left alone with an
 * `identity-neutral` note; negation, counter-speech and quoting apply as everywhere.
 */
export const hateSpec: AbuseDetectorSpec = {
  id: 'hate',
  category: 'hate',
  triggers: ['slurs', 'identity'],
  propose(scan: MessageScan): Candidate[] {
    return identityAbuse(scan).map((a) => {
      const c = new Candidate('hate', 'high', a.anchor, `hate:${a.rule}`, a.why);
      for (const h of a.cover) c.cover(h);
      c.target = asTarget(a.target.kind === 'none' || a.target.kind === 'object' ? 'group' : a.target.kind);
      if (c.target === 'self' && !a.vetoed) c.target = 'group';
      if (a.target.note) c.note(a.target.note.rule, a.target.note.why);
      if (a.vetoed) c.veto(a.vetoed.rule, a.vetoed.why);
      return c;
    });
  },
};
