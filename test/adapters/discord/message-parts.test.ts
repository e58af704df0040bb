import { ButtonStyle } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { alertMessages } from '../../../adapters/discord/alert-embed.js';
import {
  buttonRows,
  CONTENT_MAX,
  chunkText,
  plainMessages,
} from '../../../adapters/discord/message-parts.js';

const lines = (n: number, width: number) =>
  Array.from({ length: n }, (_, i) => `${i}`.padEnd(width, 'x')).join('\n');

describe('message parts', () => {
  it.each([
    ['short text', 'kort', ['kort']],
    ['exactly the limit', 'a'.repeat(CONTENT_MAX), ['a'.repeat(CONTENT_MAX)]],
    ['one word too long', 'a'.repeat(CONTENT_MAX + 5), ['a'.repeat(CONTENT_MAX), 'aaaaa']],
  ])('chunks %s', (_what, text, expected) => {
    expect(chunkText(text)).toEqual(expected);
  });

  it('cuts long text at line breaks, keeping every line whole', () => {
    const text = lines(300, 40);
    const chunks = chunkText(text);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.length <= CONTENT_MAX)).toBe(true);
    expect(chunks.join('\n')).toBe(text);
  });

  it('puts buttons and files under the last piece only', () => {
    const parts = plainMessages(
      lines(100, 40),
      [{ label: 'Gezien', command: 'handle 1 seen' }],
      [{ name: 'a.csv', mimeType: 'text/csv', content: 'x' }],
    );
    expect(parts.length).toBe(3);
    expect(parts.slice(0, -1).every((p) => !p.components && !p.files)).toBe(true);
    expect(parts.at(-1)?.components).toHaveLength(1);
    expect(parts.at(-1)?.files).toHaveLength(1);
  });

  it('lays buttons out five to a row, the first one primary, and refuses more than 25', () => {
    const buttons = Array.from({ length: 7 }, (_, i) => ({
      label: `Knop ${i}`,
      command: `handle ${i} seen`,
    }));
    const rows = buttonRows(buttons);
    expect(rows.map((r) => r.components.length)).toEqual([5, 2]);
    expect(rows[0]?.components[0]).toMatchObject({
      style: ButtonStyle.Primary,
      custom_id: 'kw:handle 0 seen',
    });
    expect(rows[1]?.components[0]).toMatchObject({ style: ButtonStyle.Secondary });
    const many = Array.from({ length: 26 }, (_, i) => ({ label: `${i}`, command: 'help' }));
    expect(() => buttonRows(many)).toThrow(/at most 25/);
  });

  it('makes an alert embed: the first line is the headline, the rest the body', () => {
    const [first, ...rest] = alertMessages('Melding 4: dreiging\nBewijs: "wacht maar"\nBel 0900-1113111', [
      { label: 'Gezien', command: 'handle 4 seen' },
    ]);
    expect(first?.embeds?.[0]).toMatchObject({
      title: 'Melding 4: dreiging',
      description: 'Bewijs: "wacht maar"\nBel 0900-1113111',
    });
    expect(first?.components).toHaveLength(1);
    expect(rest).toEqual([]);
  });

  it('continues an alert too long for one embed in plain messages, losing nothing', () => {
    const body = lines(150, 40);
    const parts = alertMessages(`Kop\n${body}`, [{ label: 'Gezien', command: 'handle 4 seen' }]);
    const embed = parts[0]?.embeds?.[0] as { description?: string } | undefined;
    const description = String(embed?.description);
    expect(description.length).toBeLessThanOrEqual(4096);
    expect([description, ...parts.slice(1).map((p) => p.content)].join('\n')).toBe(body);
  });
});
