import type { AbuseDetectorSpec } from './abuse-detector.js';
import { Candidate } from './candidate.js';
import type { Hit, MessageScan } from './message-scan.js';
import { cuesOf, hasCue, words } from './signals.js';
import { targetOf } from './target.js';

/**
 * Self-harm signals about the writer or a named child at risk (`ik wil niet meer leven`,
 * `Finn zegt dat hij zichzelf pijn doet`), also when others mock it (`snij jezelf maar
 * weer`): `high`, `critical` with a plan or means (`ik heb pillen gespaard`, `vanavond
 * is het klaar`, `van de brug`). Weak lines (`ik voel me zo leeg`) count only with
 * another signal; contemplation (`misschien moet ik het gewoon doen`) only when death
 * or self-harm is spoken of in the message. Reports by others are never vetoed: that
 * a child said it is what the teacher needs to know.
 */
export const selfHarmSpec: AbuseDetectorSpec = {
  id: 'self-harm',
  category: 'self_harm',
  triggers: ['self-harm', 'self-harm-means'],
  propose(scan: MessageScan): Candidate[] {
    const out: Candidate[] = [];
    const lines = scan.list('self-harm');
    const strongLines = lines.filter(
      (h) => h.entry.attrs.sev !== 'mild' && h.entry.attrs.kind !== 'contemplation',
    );
    const means = cuesOf(scan, 'self-harm-means', ['means']);
    const resolve = cuesOf(scan, 'self-harm-means', ['resolve', 'farewell']);
    const deathTalk =
      strongLines.length > 0 || hasCue(scan, 'bully-phrases', ['urge-self-harm']) || means.length > 0;
    for (const h of lines) {
      const kind = h.entry.attrs.kind;
      if (kind === 'contemplation' && !deathTalk) continue;
      if (
        h.entry.attrs.sev === 'mild' &&
        !lines.some((o) => o !== h && o.entry.attrs.sev !== 'mild') &&
        means.length === 0
      ) {
        if (lines.filter((o) => o.entry.attrs.sev === 'mild').length < 2) continue;
      }
      const c = new Candidate(
        'self_harm',
        'high',
        h,
        `self-harm:${kind ?? 'ideation'}`,
        `${describe(kind)} ("${words(scan, h)}")`,
      );
      subject(c, scan, h);
      if (h.entry.attrs.sev === 'critical' || kind === 'plan')
        c.raise('plan-or-means', 'a plan or a method', 'critical');
      else if (means[0] || resolve[0]) {
        const cue = (means[0] ?? resolve[0]) as Hit;
        c.raise('plan-or-means', `a plan or means ("${words(scan, cue)}")`, 'critical');
      }
      out.push(c);
    }
    if (out.length === 0 && means[0] && resolve[0]) {
      const c = new Candidate(
        'self_harm',
        'critical',
        means[0],
        'self-harm:plan',
        `means and resolve ("${words(scan, means[0])}" ... "${words(scan, resolve[0])}")`,
      );
      c.cover(resolve[0]);
      subject(c, scan, means[0]);
      c.note('plan-or-means', 'a method together with a resolve or a farewell');
      out.push(c);
    }
    return out;
  },
};

/** The writer (`ik`, or no one named) or another child (`ze`, `hij`, a name) at risk. */
function subject(c: Candidate, scan: MessageScan, h: Hit): void {
  const fixed = h.entry.attrs.subject;
  if (fixed === 'self') {
    c.target = 'self';
    return;
  }
  if (fixed === 'other') {
    c.target = 'person';
    c.note('named-person', 'about another child at risk');
    return;
  }
  const call = targetOf(scan, h, { maxDistance: 8 });
  if (call.kind === 'person' || call.kind === 'teacher' || call.kind === 'group') {
    c.target = 'person';
    c.note(call.note?.rule ?? 'named-person', 'about another child at risk');
  } else {
    c.target = 'self';
  }
}

function describe(kind: string | undefined): string {
  switch (kind) {
    case 'act':
      return 'self-harm';
    case 'plan':
      return 'a plan to end their life';
    case 'contemplation':
      return 'considering it';
    case 'disorder':
      return 'harming their own body';
    case 'method':
      return 'looking up a method';
    default:
      return 'thoughts of not wanting to live';
  }
}
