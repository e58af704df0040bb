import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../src/app/engine.js';
import { maskPersonalData } from '../../../../src/core/mask.js';

const engine = createEngine();

/** Through the whole core: config loading, normalisation, every detector, merging. */
describe('personal data end to end', () => {
  it('runs as the personal-data detector', () => {
    expect(engine.detectorIds).toContain('personal-data');
  });

  it('finds a phone number with the contract fields', () => {
    const text = 'Hoi, mijn nummer is 06-12345678, bel gerust';
    const pd = engine.analyse({ text }).findings.filter((f) => f.category === 'personal_data');
    expect(pd).toEqual([
      expect.objectContaining({
        category: 'personal_data',
        severity: 'medium',
        kind: 'phone',
        rule: 'nl-mobile',
        target: 'self',
        start: 20,
        end: 31,
      }),
    ]);
    expect(pd[0]?.why).toMatch(/telefoonnummer/);
  });

  it('makes health about a child the worst finding, high', () => {
    const v = engine.analyse({ text: 'Mijn dochter heeft epilepsie, haar nummer is 06-12345678' });
    expect(v.worst).toMatchObject({ kind: 'health', severity: 'high' });
  });

  it('uses the allow-list and member names from the context', () => {
    const school = engine.analyse({
      text: 'bel de school: 020-1234567',
      context: { allowList: ['0201234567'] },
    });
    expect(school.findings.filter((f) => f.category === 'personal_data')).toEqual([]);
    expect(school.suppressed.map((f) => f.vetoed?.rule)).toContain('allow-list');
    const named = engine.analyse({ text: 'daan heeft adhd', context: { memberNames: ['daan'] } });
    expect(named.findings.map((f) => f.kind)).toContain('health');
  });

  it('answers in English when the message is English', () => {
    const v = engine.analyse({ text: 'my email is piet@gmail.com, thanks' });
    expect(v.lang).toBe('en');
    expect(v.findings.find((f) => f.kind === 'email')?.why).toMatch(/e-mail address/);
  });

  it('masks what it found', () => {
    const text = 'Mail me op piet@gmail.com of bel 06-12345678';
    const v = engine.analyse({ text });
    expect(maskPersonalData(text, v.findings, v.lang)).toBe(
      'Mail me op [e-mailadres] of bel [telefoonnummer]',
    );
  });

  it('stays silent on an ordinary class message', () => {
    const v = engine.analyse({ text: 'Morgen om 8.15 uur gym, groep 7b naar lokaal 2.14. Kosten € 2,50' });
    expect(v.findings.filter((f) => f.category === 'personal_data')).toEqual([]);
  });
});
