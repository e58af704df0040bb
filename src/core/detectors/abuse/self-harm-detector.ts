import type { AbuseDetectorSpec } from './abuse-detector.js';
import { Candidate } from './candidate.js';
import { deathWishes } from './death-wish.js';
import type { Hit, MessageScan } from './message-scan.js';
import { cuesOf, hasCue, subjectBefore, words } from './signals.js';
import { GROUP_NOUN, targetOf } from './target.js';

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
  triggers: ['self-harm', 'self-harm-means:means', 'death-wish:want'],
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
    // `ik spring voor de trein` is the writer's own plan, not an urge to someone else.
    const urges = cuesOf(scan, 'bully-phrases', ['urge-self-harm']).filter((u) => !subjectBefore(scan, u));
    for (const h of lines) {
      const kind = h.entry.attrs.kind;
      // `spring voor de trein`, `jij zegt toch dat je dood wil, doe het dan`: telling someone
      // to do it is bullying (the bullying detector's finding), not a disclosure.
      if (urges.length > 0 && urged(scan, h, urges)) continue;
      if (kind === 'contemplation' && !deathTalk) continue;
      if (h.entry.attrs.sev === 'mild' && !supported(lines, h, means)) continue;
      const c = new Candidate(
        'self_harm',
        'high',
        h,
        `self-harm:${kind ?? 'ideation'}`,
        `${describe(kind)} ("${words(scan, h)}")`,
      );
      // `zelfmoord`, `self harm` as a subject (a lesson, the news) rather than a disclosure.
      if (kind === 'topic' && topicTalk(scan, h)) {
        c.veto('topic-talk', 'the subject is discussed (a lesson, the news), nobody is said to be at risk');
        out.push(c);
        continue;
      }
      if (!subject(c, scan, h)) {
        c.veto('group-target', 'said of a group (children in general), not of one child at risk');
        out.push(c);
        continue;
      }
      const soon = scan
        .list('time')
        .find(
          (t) =>
            (t.entry.attrs.kind === 'part' || t.entry.attrs.kind === 'soon') &&
            scan.sentenceOf(t) === scan.sentenceOf(h),
        );
      if (h.entry.attrs.sev === 'critical' || kind === 'plan')
        c.raise('plan-or-means', 'a plan or a method', 'critical');
      else if (means[0] || resolve[0]) {
        const cue = (means[0] ?? resolve[0]) as Hit;
        c.raise('plan-or-means', `a plan or means ("${words(scan, cue)}")`, 'critical');
      } else if (soon && (kind === 'act' || kind === 'ideation')) {
        c.raise('plan-or-means', `a time is set ("${words(scan, soon)}")`, 'critical');
      }
      out.push(c);
    }
    for (const c of deathWishes(scan)) {
      if (out.some((o) => o.anchor.start < c.end && c.start < o.anchor.end)) continue;
      if (means[0] || resolve[0])
        c.raise(
          'plan-or-means',
          `a plan or means ("${words(scan, (means[0] ?? resolve[0]) as Hit)}")`,
          'critical',
        );
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

function urged(scan: MessageScan, h: Hit, urges: readonly Hit[]): boolean {
  // Mocking what someone already does (`snij jezelf maar weer`, `showing off her cuts`) is
  // both: the child is at risk.
  if (h.entry.attrs.kind === 'act') return false;
  if (urges.some((u) => (u.start < h.end && h.start < u.end) || scan.sameClause(u, h))) return true;
  return targetOf(scan, h, { maxDistance: 4 }).note?.rule === 'second-person';
}

/** A weak line counts with a strong line, a means, or another weak line. */
function supported(lines: readonly Hit[], h: Hit, means: readonly Hit[]): boolean {
  if (means.length > 0) return true;
  if (lines.some((o) => o !== h && o.entry.attrs.sev !== 'mild')) return true;
  return (
    lines.filter((o) => o.entry.attrs.sev === 'mild' && !(o.start < h.end && h.start < o.end)).length >= 1
  );
}

/** A lesson or the news about the subject, with nobody disclosing anything. */
function topicTalk(scan: MessageScan, h: Hit): boolean {
  const sentence = scan.sentenceOf(h);
  return scan.list('news').some((n) => scan.sentenceOf(n) === sentence);
}

/**
 * The writer (`ik`, or no one named) or another child (`ze`, `hij`, a name) at risk;
 * false when the line is said of a plural group (`de kinderen willen nooit meer wakker
 * worden voor school`), which is how people exaggerate about children in general.
 */
function subject(c: Candidate, scan: MessageScan, h: Hit): boolean {
  const fixed = h.entry.attrs.subject;
  if (fixed === 'self') {
    c.target = 'self';
    return true;
  }
  if (fixed === 'other') {
    c.target = 'person';
    c.note('named-person', 'about another child at risk');
    return true;
  }
  const call = targetOf(scan, h, { maxDistance: 8 });
  if (call.kind === 'group' && call.note?.why === GROUP_NOUN) return false;
  if (call.kind === 'person' || call.kind === 'teacher' || call.kind === 'group') {
    c.target = 'person';
    c.note(call.note?.rule ?? 'named-person', 'about another child at risk');
  } else {
    c.target = 'self';
  }
  return true;
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
