import { describe } from 'vitest';
import { sexual, sexualTraps } from './cases/sexual.cases.js';
import { categoryTable } from './table.js';

describe('sexual detector (nl, en)', () => {
  categoryTable('sexual', sexual, sexualTraps);
});
