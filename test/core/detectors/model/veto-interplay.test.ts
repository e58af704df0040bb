import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../../src/core/analyse.js';
import type { Finding } from '../../../../src/core/finding.js';
import { combined, handModel } from './model-support.js';

/**
 * The model detector inside the rule detectors' context: a hand-made model fires on
 * invented words (so no lexicon knows them and the rules stay silent), and the rules'
 * context modules, target model and severity rules must treat its hits as they treat
 * their own.
 */
const run = combined(
  handModel({
    threat: ['verzwiebelen', 'squonk'],
    bullying: ['snurfkop', 'blorp'],
    self_harm: ['flurbelen', 'florb'],
    sexual: ['gromsig', 'grommy'],
    account_abuse: ['inplorken'],
    discrediting: ['plorkbaas'],
    extremism: ['zwarkbond'],
    hate: ['klontjes'],
  }),
);

function model(a: Analysis): Finding[] {
  return a.findings.filter((f) => f.rule.startsWith('model:'));
}

function vetoedBy(a: Analysis): string[] {
  return a.suppressed
    .filter((f) => f.rule.startsWith('model:'))
    .map((f) => `${f.category}:${f.vetoed?.rule}`);
}

describe('model hits judged by the rules’ context rules', () => {
  it.each([
    ['negation', 'ik ga je niet verzwiebelen', 'threat:negation'],
    ['negation', 'I will not squonk you', 'threat:negation'],
    ['gaming', 'ik ga je verzwiebelen in fortnite', 'threat:gaming'],
    ['gaming', 'we squonk you in minecraft', 'threat:gaming'],
    ['quote-report', "hij zei 'ik ga je verzwiebelen', wat moet ik doen?", 'threat:quote-report'],
    ['object-target', 'die printer is echt een snurfkop', 'bullying:object-target'],
    ['self-target', "ik ben zo'n snurfkop", 'bullying:self-target'],
    ['banter', 'haha jij snurfkop ❤️', 'bullying:banter'],
    ['banter', 'you blorp 😂❤️', 'bullying:banter'],
    ['news-report', 'in het journaal ging het over de zwarkbond', 'extremism:news-report'],
  ])('%s vetoes the model: %s', (_rule, text, expected) => {
    const a = run(text);
    expect(model(a)).toEqual([]);
    expect(vetoedBy(a)).toContain(expected);
  });

  it.each([
    ['nl', 'ik ga je morgen verzwiebelen', 'threat', 'high', 'person'],
    ['en', 'I will squonk you tomorrow', 'threat', 'high', 'person'],
    ['nl', 'Daan is een snurfkop', 'bullying', 'medium', 'person'],
    ['nl', 'ik wil flurbelen', 'self_harm', 'high', 'self'],
    ['en', 'I want to florb', 'self_harm', 'high', 'self'],
    ['nl', 'meester Kees is een plorkbaas', 'discrediting', 'medium', 'teacher'],
    ['nl', 'ik ga inplorken bij Lisa haar insta', 'account_abuse', 'high', 'person'],
  ] as const)('%s stands with the target model’s target: %s', (_lang, text, category, severity, target) => {
    const [f, ...rest] = model(run(text));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ category, severity, target, rule: `model:${category}` });
  });
});

describe('severity from the rules’ specificity rules', () => {
  it('a weapon makes a threat critical (specific-threat)', () => {
    const [f] = model(run('ik ga je verzwiebelen met een mes'));
    expect(f?.severity).toBe('critical');
    expect(f?.context?.map((n) => `${n.effect}:${n.rule}`)).toContain('raised:specific-threat');
  });

  it('sexual content about a child is critical, about a teacher high, about no one medium', () => {
    expect(model(run('Emma is zo gromsig'))[0]).toMatchObject({ severity: 'critical', target: 'person' });
    expect(model(run('Lily is so grommy'))[0]).toMatchObject({ severity: 'critical', target: 'person' });
    expect(model(run('juf Anna is zo gromsig'))[0]).toMatchObject({ severity: 'high', target: 'teacher' });
    expect(model(run('dat filmpje was gromsig'))[0]?.severity).toBe('medium');
  });

  it('self-harm with a time set is critical (plan-or-means)', () => {
    const [f] = model(run('ik wil vannacht flurbelen'));
    expect(f?.severity).toBe('critical');
  });
});

describe('the combination with the rules', () => {
  it('a rule finding that stands decides its category: no second, model finding', () => {
    const a = run('ik steek je neer, verzwiebelen');
    const threats = a.findings.filter((f) => f.category === 'threat');
    expect(threats).toHaveLength(1);
    expect(threats[0]?.rule.startsWith('threat:')).toBe(true);
  });

  it('the model adds what the rules do not know, with a why naming its words', () => {
    const [f] = model(run('jij bent een snurfkop'));
    expect(f?.why).toMatch(/score \d\.\d\d, flags from 0\.50\); strongest words "snurfkop"/);
  });

  it('the evidence points into the original text, obfuscated or not', () => {
    const text = 'Daan is een SNURFK0P!!';
    const [f] = model(run(text));
    expect(f).toBeDefined();
    expect(text.slice(f?.start, f?.end)).toContain('SNURFK0P');
  });

  it('text without any model word raises nothing from the model', () => {
    expect(model(run('Morgen is er gym, vergeet de tas niet'))).toEqual([]);
    expect(vetoedBy(run('Morgen is er gym, vergeet de tas niet'))).toEqual([]);
  });
});

describe('vetoes inherited from the rules', () => {
  const model = handModel({ account_abuse: ['overgenomen'] });
  const text = 'iemand heeft het account van Ilse overgenomen, wat nu?';

  it('a rule hit on the same words vetoed as harmless (reported-incident) vetoes the model too', () => {
    const a = combined(model)(text);
    expect(a.findings.filter((f) => f.category === 'account_abuse')).toEqual([]);
    expect(vetoedBy(a)).toContain('account_abuse:reported-incident');
  });

  it('without inheritance the model would flag it (so the test above can fail)', () => {
    const a = combined(model, { rulesFirst: true, inheritVetoes: false, contextRules: true, aloneMargin: 0 })(
      text,
    );
    expect(a.findings.map((f) => f.rule)).toContain('model:account_abuse');
  });
});
