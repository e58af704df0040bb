import { RecentMap } from './recent-map.js';

/** Telegram's limit on `callback_data`, in UTF-8 bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

/** Marks a stand-in for a command line too long for `callback_data`; commands never start with it. */
const LONG = '~';

/**
 * Maps an alert button's command line to `callback_data` and back. A line that fits in
 * 64 bytes travels as it is, so a press still works after a restart; a longer one (an
 * unusually long argument) is kept in memory under a short stand-in and works until the
 * process restarts.
 */
export class ButtonData {
  private readonly long: RecentMap<string, string>;
  private counter = 0;

  constructor(capacity = 5000) {
    this.long = new RecentMap(capacity);
  }

  encode(command: string): string {
    if (!command.startsWith(LONG) && Buffer.byteLength(command, 'utf8') <= CALLBACK_DATA_MAX_BYTES) {
      return command;
    }
    this.counter += 1;
    const key = `${LONG}${Date.now().toString(36)}.${this.counter.toString(36)}`;
    this.long.set(key, command);
    return key;
  }

  /** The command line for a press; undefined for a stand-in this process no longer knows. */
  decode(data: string): string | undefined {
    return data.startsWith(LONG) ? this.long.get(data) : data;
  }
}
