import { z } from 'zod';

/**
 * Every abuse lexicon (`config/lexicons/{nl,en}/<list>.txt`) and the attributes its lines
 * may carry, as zod schemas. A value outside the schema fails start-up with file:line, so
 * a typo such as `sev=hihg` can never silently weaken moderation. Cue lists feed the
 * context rules and the target model; harm lists feed the detectors; `allow` vetoes.
 */

const sev = z.enum(['mild', 'low', 'medium', 'high', 'critical']);
const scope = z.enum(['lang', 'any']);
const yes = z.enum(['yes']);
const group = z.enum([
  'origin',
  'race',
  'religion',
  'sexuality',
  'gender',
  'gender-identity',
  'disability',
  'age',
]);

const base = { scope: scope.optional() };

export const LIST_SPECS = {
  // Who or what a clause is about.
  persons: z.object({
    ...base,
    role: z.enum([
      '2p',
      '2p-plural',
      '1p',
      '1p-plural',
      '3p',
      '3p-plural',
      'person',
      'adult',
      'teacher',
      'school',
      'group',
      'everyone',
      'someone',
    ]),
  }),
  names: z.object({ ...base, cap: yes.optional(), kind: z.enum(['name', 'not-name']).optional() }),
  objects: z.object({ ...base }),
  fillers: z.object({ ...base }),
  spellings: z.object({ ...base, to: z.string().regex(/^[a-z0-9'_-]+$/) }),
  // Context cues.
  negation: z.object({ ...base, kind: z.enum(['not', 'nobody', 'frame']).optional() }),
  'counter-speech': z.object({ ...base }),
  'report-verbs': z.object({ ...base, kind: z.enum(['said', 'called', 'received', 'mention']).optional() }),
  gaming: z.object({ ...base, kind: z.enum(['game', 'term', 'real-world']).optional() }),
  affection: z.object({ ...base }),
  condolence: z.object({ ...base }),
  offers: z.object({ ...base }),
  news: z.object({ ...base }),
  medical: z.object({ ...base }),
  accident: z.object({ ...base }),
  'report-cues': z.object({ ...base }),
  'sex-education': z.object({ ...base }),
  'fair-complaint': z.object({ ...base }),
  laughter: z.object({ ...base }),
  time: z.object({ ...base, kind: z.enum(['day', 'clock', 'part', 'soon']).optional() }),
  places: z.object({ ...base }),
  weapons: z.object({ ...base, kind: z.enum(['weapon', 'explosive', 'emoji']).optional() }),
  allow: z.object({
    ...base,
    rule: z.enum(['figurative-idiom', 'benign-compound', 'homonym', 'medical-context', 'shared-resource']),
  }),
  // Harm.
  insults: z.object({
    ...base,
    sev: sev.optional(),
    kind: z.enum(['noun', 'ambiguous', 'adj', 'compound', 'animal']).optional(),
  }),
  slurs: z.object({ ...base, group, person: yes.optional() }),
  'bully-phrases': z.object({
    ...base,
    sev: sev.optional(),
    kind: z.enum(['urge-self-harm', 'intense', 'dismiss', 'mock', 'appearance', 'curse', 'expose']),
    imperative: yes.optional(),
  }),
  exclusion: z.object({ ...base, kind: z.enum(['act', 'call', 'state']).optional() }),
  mockery: z.object({
    ...base,
    kind: z.enum(['comparison', 'emoji', 'sarcasm', 'spread', 'humiliation', 'vote']),
  }),
  threats: z.object({
    ...base,
    sev: sev.optional(),
    kind: z.enum(['violence', 'veiled', 'expose', 'property', 'stative', 'weak', 'wish', 'mass']),
  }),
  'harm-verbs': z.object({
    ...base,
    kind: z.enum(['violence', 'kill', 'property', 'particle', 'explode']).optional(),
  }),
  'self-harm': z.object({
    ...base,
    sev: sev.optional(),
    subject: z.enum(['self', 'other', 'any']).optional(),
    kind: z.enum(['ideation', 'act', 'plan', 'contemplation', 'disorder', 'method', 'topic']).optional(),
  }),
  'self-harm-means': z.object({ ...base, kind: z.enum(['means', 'farewell', 'resolve', 'support']) }),
  'death-wish': z.object({ ...base, kind: z.enum(['want', 'death']) }),
  negative: z.object({ ...base, kind: z.enum(['adj', 'noun', 'verb']) }),
  sexual: z.object({
    ...base,
    sev: sev.optional(),
    kind: z.enum(['act', 'body', 'porn', 'nude', 'innuendo', 'desire', 'exposure']),
  }),
  grooming: z.object({
    ...base,
    kind: z.enum([
      'secrecy',
      'meet',
      'age',
      'gift',
      'flattery',
      'private',
      'image-request',
      'alone',
      'pet-name',
      'media',
    ]),
  }),
  identity: z.object({ ...base, group, form: z.enum(['plural', 'singular', 'adj', 'symbol']).optional() }),
  derogation: z.object({
    ...base,
    kind: z.enum(['adj', 'noun', 'verb', 'exclude', 'harm', 'dehumanise', 'claim', 'frame']),
  }),
  extremism: z.object({
    ...base,
    strong: yes.optional(),
    kind: z.enum(['symbol', 'group', 'attack', 'ideology', 'figure', 'code', 'slogan']),
  }),
  glorification: z.object({ ...base, kind: z.enum(['praise', 'justify', 'recruit', 'emulate', 'prepare']) }),
  account: z.object({
    ...base,
    sev: sev.optional(),
    kind: z.enum([
      'credential',
      'takeover',
      'hack',
      'impersonate',
      'scam',
      'money',
      'platform',
      'request',
      'own',
      'shared',
    ]),
  }),
  discrediting: z.object({
    ...base,
    sev: sev.optional(),
    kind: z.enum([
      'rumour',
      'spread',
      'accusation',
      'incompetence',
      'public',
      'crime',
      'shame',
      'private',
      'verdict',
    ]),
  }),
  profanity: z.object({ ...base, kind: z.enum(['disease', 'sexual', 'religious', 'general']).optional() }),
} as const;

export type ListName = keyof typeof LIST_SPECS;
export const LIST_NAMES = Object.keys(LIST_SPECS) as ListName[];

/** The attributes of one line of list `L`, as its schema allows them. */
export type ListAttrs<L extends ListName> = z.infer<(typeof LIST_SPECS)[L]>;
