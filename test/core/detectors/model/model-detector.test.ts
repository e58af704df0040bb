import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../../src/app/load-model.js';
import { DEFAULT_CONFIG_DIR } from '../../../../src/app/paths.js';
import type { Language } from '../../../../src/core/categories.js';
import { severityRank, type TextCategory } from '../../../../src/core/categories.js';
import type { ModelCategory } from '../../../../src/core/detectors/model/abuse-model.js';
import { combined, modelOnly } from './model-support.js';

/**
 * The committed model on messages written for this test (not corpus lines): clear
 * positives the model must flag by itself, and hard look-alikes the rules and the model
 * together must leave alone. A retrained model may move a borderline score; if cases
 * flip after `npm run train`, find out why before touching them.
 */
const model = loadModel(DEFAULT_CONFIG_DIR);
if (!model) throw new Error('config/model/abuse-model.json is missing: npm run train');
const alone = modelOnly(model, {
  rulesFirst: false,
  inheritVetoes: true,
  contextRules: true,
  aloneMargin: 0,
});
const both = combined(model);

const POSITIVES: ReadonlyArray<readonly [Language, string, ModelCategory]> = [
  ['nl', 'ik sla je morgen helemaal in elkaar', 'threat'],
  ['nl', 'als je dit doorvertelt krijg je klappen', 'threat'],
  ['nl', 'ik wil er niet meer zijn, alles is zinloos', 'self_harm'],
  ['nl', 'stuur me een foto zonder kleren, niemand hoeft het te weten', 'sexual'],
  ['nl', 'ik heb het wachtwoord van Mila, ik log straks in op haar account', 'account_abuse'],
  ['nl', 'die juf heeft geen idee wat ze doet, ze hoort niet voor de klas', 'discrediting'],
  ['nl', 'joden zijn allemaal gierig', 'hate'],
  ['nl', 'de aanslag was een heldendaad, sluit je aan', 'extremism'],
  ['nl', 'jij bent zo dik en lelijk, niemand wil naast je zitten', 'bullying'],
  ['en', 'nobody would care if I disappeared, I want to end it', 'self_harm'],
  ['en', 'send me pics of you in your underwear, keep it between us', 'sexual'],
  ['en', "I logged into Ethan's account and changed his password", 'account_abuse'],
  ['en', 'the headteacher is stealing money from the school, tell everyone', 'discrediting'],
  ['en', 'muslims are terrorists and should be kicked out', 'hate'],
  ['en', "you're such a fat ugly loser, everyone hates you", 'bullying'],
];

const TRAPS: ReadonlyArray<readonly [Language, string]> = [
  ['nl', 'ik ga dood van het lachen om dit filmpje 😂'],
  ['nl', 'we hebben ze gisteren helemaal afgemaakt met voetbal, 5-0'],
  ['nl', 'ik schiet even langs de bakker voor broodjes'],
  ['nl', 'ik maak je kapot in fortnite vanavond'],
  ['nl', 'die printer is echt kapot, ik word er gek van'],
  ['nl', "ik ben zo'n sukkel, ik ben mijn tas vergeten"],
  ['nl', 'fijne ramadan aan alle moslims in de klas'],
  ['nl', 'ik ben trots dat ik homo ben'],
  ['nl', 'vandaag in de geschiedenisles over de aanslagen van 11 september'],
  ['nl', 'zeggen dat iemand lelijk is, is gewoon pesten. stop ermee'],
  ['nl', "mijn dochter kreeg het bericht 'je bent een loser', wat kan ik doen?"],
  ['nl', 'het wachtwoord van de gastwifi is schoolplein2024'],
  ['nl', 'kan ik een afspraak maken om het cijfer van mijn zoon te bespreken?'],
  ['en', "my mum will kill me if I'm late again"],
  ['en', 'I nearly died laughing at that video'],
  ['en', 'we destroyed them in football yesterday'],
  ['en', 'that test absolutely murdered me'],
  ['en', 'happy Diwali to all our Hindu families'],
  ['en', "in history we're learning about the attacks on the Twin Towers"],
  ['en', "I'm such an idiot, I forgot my lunch"],
  // A group named with kind or neutral words (the model's score rests on the name).
  ['nl', 'ik ben moslim en trots'],
  ['nl', 'moslims zijn welkom in onze klas'],
  ['en', 'I love Muslims.'],
  ['en', 'Muslims are welcome in our class'],
  ['en', 'women are amazing'],
  ['en', 'the refugees in our town are lovely people'],
];

function categories(text: string, lang: Language, run = alone): TextCategory[] {
  return run(text, { lang })
    .findings.filter((f) => f.rule.startsWith('model:'))
    .map((f) => f.category as TextCategory);
}

describe('the model detector on the committed model', () => {
  // A retrained model moves borderline scores (a threshold chosen on a larger corpus may
  // rise past one of them), so the claim is about the set: all but one flagged, by itself.
  it('flags all but at most one of the clear positives by itself, each in its category', () => {
    const missed = POSITIVES.filter(([lang, text, category]) => !categories(text, lang).includes(category));
    expect(
      missed.length,
      `missed: ${missed.map(([, t, c]) => `${c}: ${t}`).join(' | ')}`,
    ).toBeLessThanOrEqual(1);
  });

  it.each(TRAPS)('%s: rules and model together leave alone "%s"', (lang, text) => {
    const a = both(text, { lang });
    expect(a.findings.filter((f) => severityRank(f.severity) >= severityRank('medium'))).toEqual([]);
  });

  it('a model finding carries its rule, a why with its words, and a span in the original text', () => {
    const text = 'the headteacher is stealing money from the school, tell everyone';
    const f = both(text, { lang: 'en' }).findings.find((x) => x.rule === 'model:discrediting');
    expect(f).toBeDefined();
    expect(f?.why).toMatch(
      /^the trained model reads this as discrediting \(score 0\.\d\d, flags from 0\.\d\d\); strongest words "/,
    );
    expect(f?.start).toBeGreaterThanOrEqual(0);
    expect(f?.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f?.start, f?.end)).toContain('stealing');
  });
});
