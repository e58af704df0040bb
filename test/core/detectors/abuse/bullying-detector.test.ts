import { describe } from 'vitest';
import { bullying, bullyingTraps } from './cases/bullying.cases.js';
import { categoryTable } from './table.js';

describe('bullying detector (nl, en)', () => {
  categoryTable('bullying', bullying, bullyingTraps);
});
