/**
 * Reads the console group's output back into blocks: one per labelled line, with its
 * indented continuation lines. Tests (the contract harness, the end-to-end runs) read
 * the bot's behaviour from what a person at the terminal would read.
 */
export interface TranscriptBlock {
  /** The label without brackets: `groep`, `privé → Anna`, `leerkracht → Juf Marieke`. */
  readonly label: string;
  /** `group`, or the name after the arrow for a private line. */
  readonly audience: string;
  /** The role word before the arrow (`privé`, `leerkracht`, `leidinggevende`), or the group word. */
  readonly channel: string;
  /** Who speaks (`klaswacht`, a member's name), or undefined for notices like a deletion. */
  readonly speaker?: string;
  /** The text, continuation lines joined with newlines. */
  readonly text: string;
}

const LABEL = /^\[([^\]]+)\] (.*)$/;
const SPEAKER = /^(#\d+ )?([^:]+?)(?: \([^)]*\))?: ([\s\S]*)$/;

export function readTranscript(output: string): TranscriptBlock[] {
  const blocks: { label: string; lines: string[] }[] = [];
  for (const line of output.split('\n')) {
    const m = LABEL.exec(line);
    if (m) blocks.push({ label: m[1] as string, lines: [m[2] as string] });
    else if (line.startsWith('    ') && blocks.length > 0) blocks.at(-1)?.lines.push(line.slice(4));
  }
  return blocks.map(({ label, lines }) => {
    const [channel = label, audience] = label.split(' → ');
    const body = lines.join('\n');
    const s = SPEAKER.exec(body);
    const base = { label, channel, audience: audience ?? 'group' };
    if (!s || body.startsWith('✂') || body.startsWith('🔇')) return { ...base, text: body };
    return { ...base, speaker: s[2] as string, text: s[3] as string };
  });
}

/** What the bot itself wrote, per block. */
export function botBlocks(output: string): TranscriptBlock[] {
  return readTranscript(output).filter((b) => b.speaker === 'klaswacht');
}

/** Ids of the messages the bot deleted (`✂ ... #12`). */
export function deletedIds(output: string): string[] {
  return readTranscript(output).flatMap((b) => {
    const m = /^✂ .*#(\d+)$/.exec(b.text);
    return m ? [m[1] as string] : [];
  });
}
