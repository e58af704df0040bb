import { describe, expect, it } from 'vitest';
import { formatExplain } from '../../../../src/cli/format-analysis.js';
import type { Analysis } from '../../../../src/core/analyse.js';
import { abuseEngine } from './abuse-engine.js';

const run = abuseEngine();

/** Every rule id the analysis names: vetoes of suppressed hits and notes of findings. */
function rules(a: Analysis): string[] {
  return [
    ...a.suppressed.map((f) => `vetoed:${f.vetoed?.rule}`),
    ...a.findings.flatMap((f) => (f.context ?? []).map((n) => `${n.effect}:${n.rule}`)),
  ];
}

describe('context rules name themselves (what klaswacht explain prints)', () => {
  it.each([
    ['negation', 'jij bent helemaal geen loser', 'vetoed:negation'],
    ['negation', "you're not a loser at all", 'vetoed:negation'],
    ['counter-speech', 'stop met iemand een loser noemen, dat is kwetsend', 'vetoed:counter-speech'],
    [
      'quote-report',
      "mijn zoon kreeg het bericht 'ik maak je af', wat moeten we doen?",
      'vetoed:quote-report',
    ],
    ['quote-report', "My daughter got a message saying 'you're dead'. I reported it.", 'vetoed:quote-report'],
    ['figurative-idiom', 'ik ga dood van het lachen', 'vetoed:figurative-idiom'],
    ['figurative-idiom', 'mijn moeder vermoordt me als ze dit ziet', 'vetoed:figurative-idiom'],
    ['benign-compound', 'KWF Kankerbestrijding', 'vetoed:benign-compound'],
    ['gaming', 'ik maak je af in fortnite vanavond', 'vetoed:gaming'],
    ['object-target', 'die stomme printer doet het weer niet', 'vetoed:object-target'],
    ['self-target', 'ik ben zo’n sukkel, sleutels vergeten', 'vetoed:self-target'],
    ['identity-neutral', 'ik ben homo en trots', 'vetoed:identity-neutral'],
    ['banter', 'ik vermoord je als je mijn oplader weer pakt 😂❤️', 'vetoed:banter'],
    ['medical-context', 'mijn oma heeft kanker', 'vetoed:medical-context'],
    ['friendly-offer', 'ik weet waar je woont, zal ik je morgen ophalen?', 'vetoed:friendly-offer'],
    [
      'reported-incident',
      'iemand heeft het account van Ilse overgenomen, niet betalen',
      'vetoed:reported-incident',
    ],
    ['second-person', 'jij bent echt een loser', 'noted:second-person'],
    ['named-person', 'Ruben is zo dom', 'noted:named-person'],
    ['teacher-target', 'juf Marloes is een zuurpruim', 'noted:teacher-target'],
    ['specific-threat', 'morgen 8 uur bij het fietsenhok sla ik je in elkaar', 'raised:specific-threat'],
    ['specific-threat', "I'm going to stab you with a knife", 'raised:specific-threat'],
    ['plan-or-means', 'ik heb een touw gekocht, vanavond is het klaar', 'noted:plan-or-means'],
    ['intense', 'kys niemand zou je missen', 'noted:intense'],
    ['child-involved', 'Emma heeft echt grote tieten', 'noted:child-involved'],
    ['glorification', 'Breivik had gelijk', 'noted:glorification'],
    ['serious-accusation', 'de conciërge zit aan de meisjes, zeg het voort', 'raised:serious-accusation'],
  ])('%s: %s', (_rule, text, expected) => {
    expect(rules(run(text))).toContain(expected);
  });

  it('explain prints the rule that vetoed a hit and the rules behind a finding', () => {
    const text = 'jij bent helemaal geen loser, maar Ruben is echt een loser';
    const out = formatExplain(text, run(text), ['bullying']);
    expect(out).toContain('vetoed by negation');
    expect(out).toContain('noted by named-person');
    expect(out).toMatch(/finding: +bullying \(medium\) target=person/);
  });
});
