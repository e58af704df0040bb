import { describe } from 'vitest';
import { selfHarm, selfHarmTraps } from './cases/self-harm.cases.js';
import { categoryTable } from './table.js';

describe('self_harm detector (nl, en)', () => {
  categoryTable('self_harm', selfHarm, selfHarmTraps);
});
