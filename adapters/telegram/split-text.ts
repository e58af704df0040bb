/** Telegram refuses messages longer than 4096 characters. */
export const MESSAGE_MAX_CHARS = 4096;

/**
 * Splits a long text (an incident overview, a help page) into messages Telegram
 * accepts, at paragraph, line or word boundaries where it can, never inside a
 * surrogate pair. Joined back together the parts give the text without the cut
 * whitespace.
 */
export function splitText(text: string, max = MESSAGE_MAX_CHARS): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = cutAt(rest, max);
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}

function cutAt(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  for (const boundary of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(boundary);
    if (at > max / 2) return at;
  }
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}
