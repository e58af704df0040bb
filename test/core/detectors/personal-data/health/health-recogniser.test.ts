import { describe, expect, it } from 'vitest';
import { expectCase, findAll, findStanding, rows } from '../pd-test-kit.js';
import { HEALTH_CASES } from './health.cases.js';

describe('health data', () => {
  it.each(rows(HEALTH_CASES))('%s', (_label, c) => expectCase(c));

  it('is high about someone else and medium about the writer', () => {
    expect(findStanding('Tim heeft ADHD')[0]?.severity).toBe('high');
    expect(findStanding('ik heb ADHD')[0]?.severity).toBe('medium');
  });

  it('keeps a denial as a vetoed finding for explain', () => {
    const [f] = findAll('Tim heeft geen ADHD');
    expect(f?.vetoed?.rule).toBe('negation');
  });

  it('knows members by name even without a capital', () => {
    expect(findStanding('daan heeft adhd')).toEqual([]);
    expect(findStanding('daan heeft adhd', { memberNames: ['daan de vries'] })).toHaveLength(1);
  });

  it('takes a teacher name from the group settings', () => {
    expect(findStanding('Anna is zwanger', { teacherNames: ['anna'] })[0]?.target).toBe('teacher');
  });

  it('reads ADD and MS only in capitals', () => {
    expect(findStanding('Tim heeft ADD')).toHaveLength(1);
    expect(findStanding('Tim has to add it')).toEqual([]);
    expect(findStanding('Lisa has ms Jones for maths')).toEqual([]);
  });

  it('says so in the group language, citing AVG art. 9', () => {
    expect(findStanding('Tim heeft ADHD', { lang: 'nl' })[0]?.why).toMatch(/AVG art\. 9/);
    expect(findStanding('Lisa has asthma', { lang: 'en' })[0]?.why).toMatch(/GDPR art\. 9/);
  });
});
