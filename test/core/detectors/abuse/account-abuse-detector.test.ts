import { describe } from 'vitest';
import { account, accountTraps } from './cases/account.cases.js';
import { categoryTable } from './table.js';

describe('account_abuse detector (nl, en)', () => {
  categoryTable('account_abuse', account, accountTraps);
});
