import { describe } from 'vitest';
import { discrediting, discreditingTraps } from './cases/discrediting.cases.js';
import { categoryTable } from './table.js';

describe('discrediting detector (nl, en)', () => {
  categoryTable('discrediting', discrediting, discreditingTraps);
});
