import { describe, expect, it } from 'vitest';
import { decodeReplyHandle, encodeReplyHandle } from './reply-handle.js';

describe('reply handles', () => {
  it('round-trips a group command and a private one', () => {
    for (const target of [
      { chatId: '-1001234567890', messageId: '78', userId: '111' },
      { chatId: '222', messageId: '5', userId: '222' },
    ]) {
      expect(decodeReplyHandle(encodeReplyHandle(target))).toEqual(target);
    }
  });

  it.each(['', 'discord:1:2:3', 'tg:1:2', 'tg:1:2:3:4', 'tg:a:2:3', 'tg:-100:2:x'])(
    'refuses %j',
    (handle) => {
      expect(decodeReplyHandle(handle)).toBeUndefined();
    },
  );
});
