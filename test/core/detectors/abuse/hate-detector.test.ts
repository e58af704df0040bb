import { describe } from 'vitest';
import { hate, hateTraps } from './cases/hate.cases.js';
import { categoryTable } from './table.js';

describe('hate detector (nl, en)', () => {
  categoryTable('hate', hate, hateTraps);
});
