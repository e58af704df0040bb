import { describe, expect, it } from 'vitest';
import { mediaKindOf, mediaOf } from '../../../adapters/discord/to-chat-event.js';

describe('attachments as media', () => {
  it.each([
    ['image/png', 'x.png', 'photo'],
    ['image/gif', 'x.gif', 'photo'],
    ['video/mp4', 'x.mp4', 'video'],
    ['audio/ogg', 'voice-message.ogg', 'audio'],
    ['application/pdf', 'rooster.pdf', 'document'],
    [null, 'IMG_0001.HEIC', 'photo'],
    [null, 'klassenfilm.MOV', 'video'],
    [null, 'notities.txt', 'document'],
  ] as const)('%s %s is a %s', (contentType, name, kind) => {
    expect(mediaKindOf({ contentType, name })).toBe(kind);
  });

  it('reports the most person-revealing kind with the total count', () => {
    const files = [
      { contentType: 'application/pdf', name: 'a.pdf' },
      { contentType: 'audio/mpeg', name: 'b.mp3' },
      { contentType: 'image/jpeg', name: 'c.jpg' },
    ];
    expect(mediaOf(files)).toEqual({ kind: 'photo', count: 3 });
    expect(mediaOf([])).toBeUndefined();
  });
});
