import { describe, expect, it } from 'vitest';
import { abuseEngine, alerts } from './abuse-engine.js';

const run = abuseEngine();

describe('negation after the verb or object (Dutch main clauses)', () => {
  it.each([
    'ik sla je niet hoor',
    'ik haat vrouwen niet',
    'ik haat moslims niet',
    'ik haat joden helemaal niet',
    'ik vermoord je heus niet',
    'ik schop je echt niet',
    'ik sla hem nooit meer',
    'ik sla je niet meer',
    'ik scheld je niet uit',
    'ik maak je niet af',
    'ik sla die jongen niet',
    'ik sla Daan echt niet',
    'moslims haat ik niet',
    'ik sla je toch niet?',
    'ik hack je account niet',
    'ik zou hem nooit slaan',
  ])('negated: %s', (text) => {
    expect(alerts(run(text, 'nl'))).toEqual([]);
  });

  it.each([
    ['ik sla je als je niet stopt', 'threat'],
    ['ik maak je af, niet normaal', 'threat'],
    ['ik maak je af niet normaal', 'threat'],
    ['wacht maar, dit laat ik niet zo', 'threat'],
    ['je bent niet normaal lelijk', 'bullying'],
    ['waarom sla ik je niet gewoon in elkaar?', 'threat'],
    ['ik sla je zo hard dat je niet meer kan lopen', 'threat'],
    ['ik vermoord je tenzij je niet zwijgt', 'threat'],
    ['ik sla je kop in als je niet oppast', 'threat'],
    ['ik sla je niet, ik schop je', 'threat'],
    ['ik haat joden, niet normaal', 'hate'],
    ['mongool Jelle je snapt ook echt niks', 'hate'],
    ["just wait, I won't let this go", 'threat'],
  ])('a later niet negates something else: %s', (text, category) => {
    expect(alerts(run(text))).toContain(category);
  });
});
