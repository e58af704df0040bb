import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS } from '../../../adapters/whatsapp-export/export-entry.js';
import { parseExport } from '../../../adapters/whatsapp-export/parse-export.js';
import { FIXTURES, linesOf, messagesOf, readAll } from './read-fixture.js';

describe('parseExport on Android exports', () => {
  it('reads a Dutch export: multi-line messages, media, edits, deletions and notices', async () => {
    const entries = await readAll(join(FIXTURES, 'android-nl.txt'));
    const messages = messagesOf(entries);
    expect(entries.filter((e) => e.type === 'notice').map((e) => e.line)).toEqual([1, 2, 3, 12]);
    expect(messages.map((m) => [m.line, m.author])).toEqual([
      [4, 'Juf Mirjam'],
      [8, 'Pieter Jansen'],
      [9, 'Fatima El Amrani'],
      [10, 'Pieter Jansen'],
      [11, '+31 6 11223344'],
      [13, 'Fatima El Amrani'],
    ]);
    const [announcement, media, edited, deleted, , photo] = messages;
    expect(announcement?.text).toBe(
      'Goedemorgen allemaal! Morgen is er gym, denk aan de gymtas.\nVrijdag gaan we naar de kinderboerderij:\n- lunchpakket mee\n- regenjas mee',
    );
    expect(announcement?.day).toBe('2025-03-12');
    expect(announcement?.sentAt.toISOString()).toBe('2025-03-12T07:05:00.000Z'); // CET
    expect(media).toMatchObject({ text: '', media: 'unknown', deleted: false });
    expect(edited).toMatchObject({ text: 'Dank je juf! Wie kan vrijdag rijden?', edited: true });
    expect(deleted).toMatchObject({ text: '', deleted: true });
    expect(photo).toMatchObject({ text: 'Foto van de tekening', media: 'photo' });
  });

  it('reads a US export: month first, 12-hour clock, narrow space before PM', async () => {
    const messages = messagesOf(await readAll(join(FIXTURES, 'android-en-us.txt')));
    expect(messages.map((m) => [m.day, `${m.local.hour}:${m.local.minute}`, m.author])).toEqual([
      ['2025-03-09', '20:3', 'Ms Carter'],
      ['2025-03-14', '7:15', 'Tom Baker'],
      ['2025-03-14', '12:5', 'Ms Carter'],
      ['2025-03-14', '0:6', 'Tom Baker'],
    ]);
    expect(messages[0]?.text).toBe('Welcome to the class group!\nPlease keep messages about school.');
    expect(messages[1]?.media).toBe('unknown');
  });
});

describe('parseExport on iOS exports', () => {
  it('reads a Dutch export: seconds, invisible marks, notices attributed to the group', async () => {
    const entries = await readAll(join(FIXTURES, 'ios-nl.txt'));
    expect(entries.filter((e) => e.type === 'notice')).toHaveLength(2);
    const messages = messagesOf(entries);
    expect(messages.map((m) => [m.author, m.media ?? 'text'])).toEqual([
      ['Juf Mirjam', 'text'],
      ['Pieter Jansen', 'photo'],
      ['Sanne de Wit', 'sticker'],
      ['Sanne de Wit', 'text'],
      ['Pieter Jansen', 'photo'],
    ]);
    expect(messages[0]?.text).toBe('Hallo ouders, hier de planning:\nmaandag: toets\ndinsdag: gym');
    expect(messages[0]?.sentAt.toISOString()).toBe('2025-04-02T08:01:12.000Z'); // CEST
    expect(messages[3]?.text).toBe('Gezellig!');
  });

  it('reads an English (UK) export with an edit note after an invisible mark', async () => {
    const messages = messagesOf(await readAll(join(FIXTURES, 'ios-en-gb.txt')));
    expect(messages.map((m) => [m.day, m.author, m.text, m.edited, m.media])).toEqual([
      ['2025-03-14', 'Mr Patel', 'Reminder: school trip on Friday.', false, undefined],
      ['2025-03-14', 'Amy Brown', 'Thanks!', true, undefined],
      ['2025-03-15', 'Amy Brown', '', false, 'video'],
    ]);
  });
});

describe('parseExport edge cases', () => {
  const parse = async (text: string) => {
    const out = [];
    for await (const e of parseExport(linesOf(text), { order: 'dmy', timeZone: 'Europe/Amsterdam' }))
      out.push(e);
    return out;
  };

  it('reports lines before the first dated line as stray, not as a message', async () => {
    const entries = await parse('hello\n\n01-02-2025 10:00 - Anna: hoi');
    expect(entries.map((e) => e.type)).toEqual(['stray', 'stray', 'message']);
  });

  it('treats a line with an impossible date as part of the message before it', async () => {
    const entries = await parse('01-02-2025 10:00 - Anna: hoi\n31-02-2025 10:00 - Bram: niet echt');
    expect(messagesOf(entries).map((m) => m.text)).toEqual(['hoi\n31-02-2025 10:00 - Bram: niet echt']);
  });

  it('keeps a colon inside the text and a quoted notice apart', async () => {
    const entries = await parse(
      '01-02-2025 10:00 - Anna: tijd: 10:00\n01-02-2025 10:01 - Anna changed the subject to "Groep 6: ouders"',
    );
    expect(entries.map((e) => e.type)).toEqual(['message', 'notice']);
    expect(messagesOf(entries)[0]?.text).toBe('tijd: 10:00');
  });

  it('reads the hours around the spring and autumn clock changes in Amsterdam', async () => {
    const entries = messagesOf(
      await parse(
        [
          '30-03-2025 01:59 - A: voor',
          '30-03-2025 03:00 - A: na',
          '26-10-2025 02:30 - A: eerste keer 02:30',
          '26-10-2025 03:00 - A: na',
        ].join('\n'),
      ),
    );
    expect(entries.map((m) => m.sentAt.toISOString())).toEqual([
      '2025-03-30T00:59:00.000Z',
      '2025-03-30T01:00:00.000Z',
      '2025-10-26T00:30:00.000Z',
      '2025-10-26T02:00:00.000Z',
    ]);
  });

  it('caps a runaway message instead of holding the whole file', async () => {
    const long = 'x'.repeat(40_000);
    const entries = messagesOf(await parse(`01-02-2025 10:00 - Anna: ${long}\n${long}\n${long}`));
    expect(entries[0]?.truncated).toBe(true);
    expect(entries[0]?.text.length).toBe(MAX_MESSAGE_CHARS);
  });
});
