import { discordPlatform } from '../../../adapters/discord/discord-platform.js';
import { telegramPlatform } from '../../../adapters/telegram/telegram-platform.js';
import type { PlatformFactory } from './platform-factory.js';

/**
 * The platform registry `npm start` chooses from (see choose-platforms.ts). To add a
 * platform, export a PlatformFactory from `adapters/<platform>/` and add ONE line here,
 * keyed by the environment variable holding its token:
 *
 *     import { telegramPlatform } from '../../../adapters/telegram/telegram-platform.js';
 *     export const PLATFORMS: readonly PlatformFactory[] = [telegramPlatform];
 *
 * The console class group is not listed: it is the fallback (fallback-platform.ts)
 * when no token is set.
 */
export const PLATFORMS: readonly PlatformFactory[] = [telegramPlatform, discordPlatform];
