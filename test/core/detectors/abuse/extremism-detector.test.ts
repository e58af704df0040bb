import { describe } from 'vitest';
import { extremism, extremismTraps } from './cases/extremism.cases.js';
import { categoryTable } from './table.js';

describe('extremism detector (nl, en)', () => {
  categoryTable('extremism', extremism, extremismTraps);
});
