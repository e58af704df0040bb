import { adapterContract } from '../adapter-contract.js';
import { TelegramHarness } from './telegram-harness.js';

// The shared ChatAdapter contract, with the real grammY client against the fake Bot API:
// once with long polling (the default) and once with the webhook.
adapterContract('telegram', () => TelegramHarness.create());
adapterContract('telegram (webhook)', () => TelegramHarness.create({ webhook: true }));
