import { type ContextRule, parseRules } from './rule-schema.js';

/**
 * The context rules that are plain data: a cue list, where the cue may stand, and what
 * it does. Order matters only in that the first veto wins. Rules that need more than a
 * window (the target model, quotation, the specific-threat test) live beside this file
 * as code and leave notes with the same kind of id.
 */
export const CONTEXT_RULES: readonly ContextRule[] = parseRules([
  {
    id: 'negation',
    cues: [{ list: 'negation', kinds: ['not'] }],
    effect: 'vetoed',
    window: { scope: 'clause', before: 4, after: 0 },
    categories: ['bullying', 'hate', 'threat', 'sexual', 'account_abuse', 'discrediting', 'extremism'],
    why: 'negated: the words say it is not so',
  },
  {
    id: 'negation',
    cues: [{ list: 'negation', kinds: ['not'] }],
    effect: 'vetoed',
    window: { scope: 'clause', before: 2, after: 0 },
    categories: ['self_harm'],
    hits: [{ list: 'self-harm', kinds: ['ideation', 'act', 'plan'] }],
    why: 'negated: the writer says they do not want this',
  },
  {
    id: 'counter-speech',
    cues: [{ list: 'counter-speech' }],
    effect: 'vetoed',
    window: { scope: 'sentence' },
    categories: ['bullying', 'hate', 'threat', 'sexual', 'extremism', 'account_abuse'],
    why: 'speaks out against abuse rather than taking part',
  },
  {
    id: 'gaming',
    cues: [{ list: 'gaming', kinds: ['game', 'term'] }],
    effect: 'vetoed',
    window: { scope: 'message' },
    categories: ['threat'],
    upTo: 'high',
    unless: [{ list: 'gaming', kinds: ['real-world'] }],
    why: 'game talk between players, not a threat in real life',
  },
  {
    id: 'banter',
    cues: [{ list: 'affection' }],
    effect: 'vetoed',
    window: { scope: 'message' },
    categories: ['bullying'],
    upTo: 'medium',
    why: 'friendly teasing: affection markers in the same message',
  },
  {
    id: 'banter',
    cues: [{ list: 'affection' }],
    effect: 'vetoed',
    window: { scope: 'message' },
    categories: ['threat'],
    upTo: 'high',
    hits: [{ list: 'harm-verbs' }, { list: 'threats', kinds: ['violence', 'stative', 'weak'] }],
    why: 'friendly exaggeration: affection markers in the same message',
  },
  {
    id: 'medical-context',
    cues: [{ list: 'medical' }],
    effect: 'vetoed',
    window: { scope: 'sentence', before: 4, after: 4 },
    categories: ['profanity'],
    hits: [{ list: 'profanity', kinds: ['disease'] }],
    why: 'the disease itself, not a swear word',
  },
  {
    id: 'sex-education',
    cues: [{ list: 'sex-education' }],
    effect: 'vetoed',
    window: { scope: 'message' },
    categories: ['sexual'],
    hits: [{ list: 'sexual', kinds: ['act', 'body'] }],
    why: 'sex education or a parent asking about it',
  },
  {
    id: 'fair-complaint',
    cues: [{ list: 'fair-complaint' }],
    effect: 'vetoed',
    window: { scope: 'message' },
    categories: ['discrediting'],
    unless: [{ list: 'discrediting', kinds: ['spread', 'public', 'crime'] }],
    why: 'a complaint raised through the proper channel, not a smear',
  },
  {
    id: 'shared-resource',
    cues: [{ list: 'account', kinds: ['shared'] }],
    effect: 'vetoed',
    window: { scope: 'sentence' },
    categories: ['account_abuse'],
    why: 'a code or password meant to be shared with the group (guest wifi, class code)',
  },
  {
    id: 'news-report',
    cues: [{ list: 'news' }],
    effect: 'vetoed',
    window: { scope: 'message' },
    categories: ['extremism'],
    unless: [{ list: 'glorification' }],
    why: 'news, history or schoolwork about the subject, without praise',
  },
]);
