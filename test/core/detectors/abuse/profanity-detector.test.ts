import { describe } from 'vitest';
import { profanity, profanityTraps } from './cases/profanity.cases.js';
import { categoryTable } from './table.js';

describe('profanity detector (nl, en)', () => {
  categoryTable('profanity', profanity, profanityTraps);
});
