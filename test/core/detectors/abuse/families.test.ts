import { describe } from 'vitest';
import { accountAbuseFamilies } from './cases/families/account-abuse.cases.js';
import { bullyingFamilies } from './cases/families/bullying.cases.js';
import { discreditingFamilies } from './cases/families/discrediting.cases.js';
import { extremismFamilies } from './cases/families/extremism.cases.js';
import { hateFamilies } from './cases/families/hate.cases.js';
import { selfHarmFamilies } from './cases/families/self-harm.cases.js';
import { sexualFamilies } from './cases/families/sexual.cases.js';
import { threatFamilies } from './cases/families/threat.cases.js';
import { familyTraps } from './cases/families/traps.cases.js';
import { categoryTable } from './table.js';

describe('message families (nl, en): positives per category', () => {
  describe('bullying', () => categoryTable('bullying', bullyingFamilies, []));
  describe('threat', () => categoryTable('threat', threatFamilies, []));
  describe('hate', () => categoryTable('hate', hateFamilies, []));
  describe('extremism', () => categoryTable('extremism', extremismFamilies, []));
  describe('self_harm', () => categoryTable('self_harm', selfHarmFamilies, []));
  describe('sexual', () => categoryTable('sexual', sexualFamilies, []));
  describe('account_abuse', () => categoryTable('account_abuse', accountAbuseFamilies, []));
  describe('discrediting', () => categoryTable('discrediting', discreditingFamilies, []));
});

describe('message families (nl, en): harmless look-alikes raise nothing at medium or higher', () => {
  categoryTable('bullying', [], familyTraps);
});
