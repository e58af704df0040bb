import { describe, expect, it } from 'vitest';
import type { ExportMessage } from '../../../adapters/whatsapp-export/export-entry.js';
import { toIncoming } from '../../../adapters/whatsapp-export/to-incoming.js';

const base: ExportMessage = {
  type: 'message',
  line: 42,
  local: { year: 2025, month: 3, day: 12, hour: 9, minute: 0, second: 0 },
  day: '2025-03-12',
  sentAt: new Date('2025-03-12T08:00:00Z'),
  author: 'Juf Mirjam',
  text: 'Vraag het aan @Pieter of @31612345678',
  deleted: false,
  edited: true,
  truncated: false,
};

describe('toIncoming', () => {
  it('maps an exported message onto the platform-neutral message', () => {
    const m = toIncoming(base, 'groep-6.txt', (a) => (a === 'Juf Mirjam' ? 'teacher' : 'unknown'));
    expect(m).toEqual({
      ref: { platform: 'whatsapp-export', chatId: 'groep-6.txt', messageId: 'line-42' },
      author: { id: 'Juf Mirjam', name: 'Juf Mirjam', role: 'teacher', isBot: false },
      text: 'Vraag het aan @Pieter of @31612345678',
      sentAt: new Date('2025-03-12T08:00:00Z'),
      edited: true,
      mentions: ['Pieter', '31612345678'],
    });
  });

  it.each([
    ['photo', { kind: 'photo', count: 1 }],
    ['video', { kind: 'video', count: 1 }],
    ['audio', { kind: 'audio', count: 1 }],
    ['unknown', { kind: 'document', count: 1 }],
    ['sticker', undefined],
  ] as const)('maps %s media without claiming more than the export says', (media, expected) => {
    expect(toIncoming({ ...base, media }, 'c', () => 'unknown').media).toEqual(expected);
  });
});
