import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type BaseMessageOptions,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { ActionButton, OutgoingFile } from '../../src/core/chat/outbound-action.js';
import { buttonCustomId } from './command-line.js';

/** Discord's limit on a message's text. */
export const CONTENT_MAX = 2000;
const BUTTONS_PER_ROW = 5;
const ROWS_MAX = 5;
const LABEL_MAX = 80;

/**
 * Splits text into pieces Discord accepts, at a line break or space where one is near,
 * so a long export summary or rule list arrives whole instead of being refused.
 */
export function chunkText(text: string, max = CONTENT_MAX): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const line = window.lastIndexOf('\n');
    const space = window.lastIndexOf(' ');
    const at = line > max / 2 ? line : space > max / 2 ? space : max;
    chunks.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^[\n ]/u, '');
  }
  chunks.push(rest);
  return chunks;
}

/**
 * Buttons as action rows. Each carries its command line in the custom id, so a press
 * comes back as that command whatever happened in between (a restart, another shard).
 */
export function buttonRows(buttons: readonly ActionButton[]): APIActionRowComponent<APIButtonComponent>[] {
  if (buttons.length > BUTTONS_PER_ROW * ROWS_MAX) {
    throw new Error(`discord: ${buttons.length} buttons do not fit under one message (at most 25)`);
  }
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  buttons.forEach((button, i) => {
    if (i % BUTTONS_PER_ROW === 0) rows.push({ type: ComponentType.ActionRow, components: [] });
    rows[rows.length - 1]?.components.push({
      type: ComponentType.Button,
      style: i === 0 ? ButtonStyle.Primary : ButtonStyle.Secondary,
      label: button.label.slice(0, LABEL_MAX),
      custom_id: buttonCustomId(button.command),
    });
  });
  return rows;
}

/** Files as discord.js attachments (exports as Markdown or CSV). */
export function attachments(files: readonly OutgoingFile[] | undefined): BaseMessageOptions['files'] {
  return (files ?? []).map((f) => ({ attachment: Buffer.from(f.content, 'utf8'), name: f.name }));
}

/**
 * A plain text message, split as needed; buttons and files go with the last piece so
 * they sit under the whole text.
 */
export function plainMessages(
  text: string,
  buttons?: readonly ActionButton[],
  files?: readonly OutgoingFile[],
): BaseMessageOptions[] {
  const chunks = chunkText(text);
  return chunks.map((content, i) =>
    i < chunks.length - 1
      ? { content }
      : {
          content,
          ...(buttons?.length ? { components: buttonRows(buttons) } : {}),
          ...(files?.length ? { files: attachments(files) } : {}),
        },
  );
}
