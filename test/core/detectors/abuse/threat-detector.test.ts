import { describe } from 'vitest';
import { threat, threatTraps } from './cases/threat.cases.js';
import { categoryTable } from './table.js';

describe('threat detector (nl, en)', () => {
  categoryTable('threat', threat, threatTraps);
});
