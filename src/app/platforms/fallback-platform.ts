import { consolePlatform } from '../../../adapters/console/console-platform.js';
import type { PlatformFactory } from './platform-factory.js';

/** What `npm start` runs when no platform token is set: the console class group. */
export const FALLBACK_PLATFORM: PlatformFactory = consolePlatform;
