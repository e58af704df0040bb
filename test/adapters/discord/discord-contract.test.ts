import { adapterContract } from '../adapter-contract.js';
import { discordHarness } from './discord-harness.js';

adapterContract('discord', () => discordHarness());
