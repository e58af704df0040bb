import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../../src/app/load-lexicons.js';
import { DEFAULT_CONFIG_DIR } from '../../../../src/app/paths.js';
import { loadAbuseLexicon } from '../../../../src/core/detectors/abuse/abuse-lexicon.js';
import { ScanCache } from '../../../../src/core/detectors/abuse/message-scan.js';
import { targetOf } from '../../../../src/core/detectors/abuse/target.js';
import type { DetectContext } from '../../../../src/core/detectors/detector.js';
import { normalise } from '../../../../src/core/text/normalise.js';

const cache = new ScanCache(loadAbuseLexicon(loadLexicons(DEFAULT_CONFIG_DIR)));
const base: DetectContext = {
  lang: 'nl',
  allowList: [],
  memberNames: [],
  teacherNames: [],
  mentions: [],
  isReply: false,
  authorRole: 'unknown',
};

/** The target of the first insult in the text: its kind and the rule that decided it. */
function targetOfInsult(text: string, context: Partial<DetectContext> = {}): string {
  const scan = cache.scan(normalise(text), { ...base, ...context });
  const hit = scan.list('insults')[0];
  if (!hit) return 'no insult';
  const call = targetOf(scan, hit);
  return `${call.kind}/${call.note?.rule ?? '-'}${call.adult ? '/adult' : ''}`;
}

describe('target model', () => {
  it.each([
    ['second person', 'jij bent een loser', 'person/second-person'],
    ['a known first name', 'Ruben is een loser', 'person/named-person'],
    ['a capitalised name mid-sentence', 'en toen was Kwabena weer een loser', 'person/named-person'],
    ['a teacher by title', 'juf Marloes is een zuurpruim', 'teacher/teacher-target/adult'],
    ['a thing', 'die stomme printer', 'object/object-target'],
    ['the writer', 'ik ben zo’n sukkel', 'self/self-target'],
    ['a group of pupils', 'groep 8b is een klas vol sukkels', 'group/group-target'],
    [
      'the parent, not the child she is the mother of',
      'de moeder van Kerem is een trut',
      'person/described-person/adult',
    ],
    ['he and she refer back to the person named', 'Daan? hij is echt een loser', 'person/named-person'],
  ])('%s', (_what, text, expected) => {
    expect(targetOfInsult(text)).toBe(expected);
  });

  it('uses member and teacher names and mentions from the context', () => {
    expect(targetOfInsult('wat een loser is sanne', { memberNames: ['sanne de vries'] })).toBe(
      'person/named-person',
    );
    expect(targetOfInsult('anna is een zuurpruim', { teacherNames: ['juf anna'] })).toBe(
      'teacher/teacher-target/adult',
    );
    expect(targetOfInsult('@pim loser', { mentions: ['pim'] })).toBe('person/mention');
  });

  it('takes the member replied to when nothing else is in reach', () => {
    expect(targetOfInsult('echt een sukkel', { isReply: true })).toBe('person/reply');
  });
});
