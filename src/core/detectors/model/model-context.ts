import type { Severity } from '../../categories.js';
import type { Finding } from '../../finding.js';
import type { AbuseEntry } from '../abuse/abuse-lexicon.js';
import type { Candidate } from '../abuse/candidate.js';
import { applyAllowList } from '../abuse/context/allow-list.js';
import { applyRules } from '../abuse/context/apply-rules.js';
import { applyQuoteReport } from '../abuse/context/quote-report.js';
import type { ContextRule } from '../abuse/context/rule-schema.js';
import { applySpecificThreat } from '../abuse/context/specific-threat.js';
import type { ListName } from '../abuse/lists.js';
import type { Hit, MessageScan } from '../abuse/message-scan.js';
import { cuesOf, settleTarget, words } from '../abuse/signals.js';
import { GROUP_NOUN, targetOf } from '../abuse/target.js';
import type { ModelCategory } from './abuse-model.js';

/** Severity of a model hit before the specificity rules raise it (the contract's base severity). */
export const BASE_SEVERITY: Readonly<Record<ModelCategory, Severity>> = {
  bullying: 'medium',
  threat: 'high',
  hate: 'high',
  extremism: 'high',
  self_harm: 'high',
  sexual: 'medium',
  account_abuse: 'high',
  discrediting: 'medium',
};

/**
 * The context rules restrict some rules to hits of certain lists (`banter` to harm verbs
 * and threats, `sex-education` to sexual acts and body words, `accident` to self-harm
 * acts). A model hit stands for the category's typical line, so its anchor is presented
 * as a line of that list, and those rules reach it as they reach a lexicon hit.
 */
const ANCHOR_AS: Readonly<Record<ModelCategory, { list: ListName; kind: string }>> = {
  bullying: { list: 'insults', kind: 'noun' },
  threat: { list: 'threats', kind: 'weak' },
  hate: { list: 'derogation', kind: 'claim' },
  extremism: { list: 'extremism', kind: 'attack' },
  self_harm: { list: 'self-harm', kind: 'act' },
  sexual: { list: 'sexual', kind: 'body' },
  account_abuse: { list: 'account', kind: 'takeover' },
  discrediting: { list: 'discrediting', kind: 'rumour' },
};

export function modelAnchor(
  scan: MessageScan,
  category: ModelCategory,
  at: { start: number; end: number; first: number; last: number },
): Hit {
  const as = ANCHOR_AS[category];
  const entry: AbuseEntry = {
    term: scan.value.slice(at.start, at.end),
    attrs: { kind: as.kind },
    file: 'model',
    line: 0,
    list: as.list,
    lang: scan.lang,
    langOnly: false,
    keys: [],
  };
  return { entry, ...at };
}

/**
 * Rule vetoes that say the words are harmless here (rather than that a rule found too
 * little): when the rules vetoed a hit of the category on the words the model read, the
 * model is vetoed for the same reason. `identity-neutral` and `no-target` are not among
 * them: they mean the rules saw no harm, which is what the model is there to judge.
 */
const INHERITED = new Set([
  'negation',
  'counter-speech',
  'quote-report',
  'figurative-idiom',
  'benign-compound',
  'homonym',
  'medical-context',
  'gaming',
  'banter',
  'friendly-offer',
  'benefactive',
  'object-target',
  'self-target',
  'own-family',
  'topic-talk',
  'news-report',
  'condolence',
  'sex-education',
  'accident',
  'fair-complaint',
  'shared-resource',
  'reported-incident',
  'identity-group',
  'not-imperative',
  'not-about-a-person',
  'question',
]);
/** Of those, the ones that speak about the words whatever the category. */
const ANY_CATEGORY = new Set([
  'quote-report',
  'counter-speech',
  'figurative-idiom',
  'benign-compound',
  'homonym',
]);

/** Veto the model hit when the rules vetoed a hit on overlapping words for a reason that says it is harmless. */
export function inheritVeto(
  c: Candidate,
  rules: readonly Finding[],
  span: { start: number; end: number },
): void {
  for (const f of rules) {
    const v = f.vetoed;
    if (!v || !INHERITED.has(v.rule)) continue;
    if (f.category !== c.category && !ANY_CATEGORY.has(v.rule)) continue;
    // Threats to someone's bike and sexual images as things are still about a person.
    if (v.rule === 'object-target' && c.category !== 'bullying') continue;
    if (f.start < span.end && span.start < f.end) {
      c.veto(v.rule, `${v.why} (the rules left these words alone)`);
      return;
    }
  }
}

/** The rule detectors' context pipeline, in their order: allow-lists, quotation, the data rules. */
export function applyContext(c: Candidate, scan: MessageScan, rules: readonly ContextRule[]): void {
  applyAllowList(c, scan);
  applyQuoteReport(c, scan);
  applyRules(c, scan, rules);
}

/** Target and severity, by the rule detectors' target model and specificity rules. */
export function settle(c: Candidate, scan: MessageScan): void {
  if (c.isVetoed) return;
  const a = c.anchor;
  switch (c.category) {
    case 'bullying':
      settleTarget(c, scan, targetOf(scan, a, { maxDistance: 8 }), {
        addressedByDefault: true,
        notFor: ['school'],
        identityIsHate: true,
        ownFamilyIsSelf: true,
      });
      return;
    case 'threat':
      threat(c, scan, a);
      return;
    case 'hate':
      hateTarget(c, scan, a);
      return;
    case 'self_harm':
      selfHarm(c, scan, a);
      return;
    case 'sexual':
      sexual(c, scan, a);
      return;
    case 'account_abuse':
      account(c, scan, a);
      return;
    case 'discrediting':
      discrediting(c, scan, a);
      return;
    default:
      return;
  }
}

/** A threat to someone's bike or photos is a threat to its owner, so a thing does not end it. */
function threat(c: Candidate, scan: MessageScan, a: Hit): void {
  const call = targetOf(scan, a, { maxDistance: 8, ignoreSubjects: true });
  if (call.kind === 'object' || call.kind === 'none') {
    c.target = 'person';
    c.note(
      call.kind === 'object' ? 'property-of-person' : 'addressed',
      call.kind === 'object'
        ? 'aimed at what someone owns'
        : 'said to someone: no other target in the message',
    );
  } else settleTarget(c, scan, call, { addressedByDefault: true });
  applySpecificThreat(c, scan, false);
}

function hateTarget(c: Candidate, scan: MessageScan, a: Hit): void {
  const call = targetOf(scan, a, { ignoreSubjects: true });
  c.target = call.kind === 'person' || call.kind === 'teacher' ? call.kind : 'group';
  if (call.note && call.kind !== 'object' && call.kind !== 'self') c.note(call.note.rule, call.note.why);
}

function selfHarm(c: Candidate, scan: MessageScan, a: Hit): void {
  const call = targetOf(scan, a, { maxDistance: 8 });
  if (call.kind === 'group' && call.note?.why === GROUP_NOUN) {
    c.veto('group-target', 'said of a group (children in general), not of one child at risk');
    return;
  }
  if (call.kind === 'person' || call.kind === 'teacher' || call.kind === 'group') {
    c.target = 'person';
    c.note(call.note?.rule ?? 'named-person', 'about another child at risk');
  } else c.target = 'self';
  const cue = cuesOf(scan, 'self-harm-means', ['means', 'resolve', 'farewell'])[0];
  const soon = scan
    .list('time')
    .find(
      (t) =>
        (t.entry.attrs.kind === 'part' || t.entry.attrs.kind === 'soon') &&
        scan.sentenceOf(t) === scan.sentenceOf(a),
    );
  if (cue) c.raise('plan-or-means', `a plan or means ("${words(scan, cue)}")`, 'critical');
  else if (soon) c.raise('plan-or-means', `a time is set ("${words(scan, soon)}")`, 'critical');
}

const GROOMING = ['image-request', 'meet', 'private', 'secrecy', 'age', 'gift', 'flattery', 'alone'];

/** Mirrors the sexual detector: about a child `critical`, an adult `high`, no one `medium`; grooming `critical`. */
function sexual(c: Candidate, scan: MessageScan, a: Hit): void {
  const call = targetOf(scan, a, { maxDistance: 10, ignoreSelf: true, ignoreObjects: true });
  const grooming = new Set(cuesOf(scan, 'grooming', GROOMING).map((h) => h.entry.attrs.kind));
  const someone =
    call.kind === 'person' || call.kind === 'group' || call.kind === 'teacher' || call.kind === 'school';
  const adult =
    call.adult ||
    call.kind === 'teacher' ||
    (call.note?.rule === 'second-person' && scan.context.groupType === 'staff');
  if (someone) {
    c.target = call.kind === 'teacher' ? 'teacher' : call.kind === 'group' ? 'group' : 'person';
    if (call.note) c.note(call.note.rule, call.note.why);
  }
  if (grooming.size >= 2) {
    c.target ??= 'person';
    c.raise(
      'grooming',
      'a request for images, a meeting or a private chat, with secrecy, gifts or age talk',
      'critical',
    );
  } else if (someone && !adult) c.raise('child-involved', 'about a child', 'critical');
  else if (someone) c.raise('adult-target', 'about an adult', 'high');
}

function account(c: Candidate, scan: MessageScan, a: Hit): void {
  const call = targetOf(scan, a, { maxDistance: 10, ignoreSubjects: true, ignoreObjects: true });
  if (call.kind === 'self') {
    c.target = 'self';
    c.lower('self-target', 'the writer’s own account', 'medium');
    return;
  }
  settleTarget(c, scan, call, { addressedByDefault: true });
}

function discrediting(c: Candidate, scan: MessageScan, a: Hit): void {
  const call = targetOf(scan, a, { maxDistance: 14, ignoreSubjects: true, ignoreObjects: true });
  if (call.own) {
    c.veto('own-family', 'the writer about their own child or family');
    return;
  }
  if (call.kind === 'self') {
    c.veto('self-target', 'the writer about themselves');
    return;
  }
  if (call.kind !== 'none' && call.kind !== 'object') {
    c.target = call.kind;
    if (call.note) c.note(call.note.rule, call.note.why);
  }
  const crime = cuesOf(scan, 'discrediting').find(
    (h) => h.entry.attrs.kind === 'crime' || h.entry.attrs.sev === 'high',
  );
  const publicly = cuesOf(scan, 'discrediting', ['public'])[0];
  const spread = cuesOf(scan, 'discrediting', ['spread'])[0];
  if (crime)
    c.raise(
      'serious-accusation',
      `accuses of a crime or of harming children ("${words(scan, crime)}")`,
      'high',
    );
  else if (publicly)
    c.raise('public-shaming', `taken outside the group ("${words(scan, publicly)}")`, 'high');
  if (spread) c.note('spread', `asks others to spread it ("${words(scan, spread)}")`);
}
