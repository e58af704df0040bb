import type { APIEmbed, BaseMessageOptions } from 'discord.js';
import type { ActionButton } from '../../src/core/chat/outbound-action.js';
import { buttonRows, chunkText } from './message-parts.js';

/** klaswacht's amber: an alert stands out from chat without looking like an error. */
const ALERT_COLOUR = 0xe8a317;
const TITLE_MAX = 256;
const DESCRIPTION_MAX = 4096;

/**
 * A teacher or supervisor alert as an embed with its buttons (Gezien, Opgelost, Vals
 * alarm, Naar leidinggevende, Exporteren). The brain's first line is the headline; the
 * rest (evidence, what to do, the inspector's number for critical incidents) is the body.
 * Text beyond what one embed holds follows as plain messages, so nothing is cut.
 */
export function alertMessages(text: string, buttons: readonly ActionButton[]): BaseMessageOptions[] {
  const [firstLine = '', ...restLines] = text.split('\n');
  const title = firstLine.slice(0, TITLE_MAX);
  const body = `${firstLine.slice(TITLE_MAX)}${restLines.length ? '\n' : ''}${restLines.join('\n')}`.trim();
  const [description, ...overflow] = body ? chunkText(body, DESCRIPTION_MAX) : [];
  const embed: APIEmbed = {
    color: ALERT_COLOUR,
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
  };
  const rest = overflow.flatMap((part) => chunkText(part)).map((content) => ({ content }));
  return [{ embeds: [embed], components: buttonRows(buttons) }, ...rest];
}
