/**
 * What WhatsApp writes instead of the content it leaves out of an export, in Dutch and
 * English, on Android and iOS. Recognising these keeps "<Media weggelaten>" from being
 * read as text and lets the scanner count media (protocol A5) without seeing them.
 */

/** `unknown` when the export only says that media was left out, not what it was. */
export type ExportMediaKind = 'photo' | 'video' | 'audio' | 'document' | 'sticker' | 'unknown';

export type Placeholder =
  | { readonly type: 'media'; readonly kind: ExportMediaKind; readonly caption: string }
  | { readonly type: 'deleted' };

const OMITTED: readonly [RegExp, ExportMediaKind][] = [
  [/^<(?:media omitted|media weggelaten|media niet bijgevoegd)>$/i, 'unknown'],
  [/(?:^|\s)(?:image|afbeelding|foto) (?:omitted|weggelaten)$/i, 'photo'],
  [/(?:^|\s)(?:video|gif) (?:omitted|weggelaten)$/i, 'video'],
  [/(?:^|\s)audio (?:omitted|weggelaten)$/i, 'audio'],
  [/(?:^|\s)sticker (?:omitted|weggelaten)$/i, 'sticker'],
  [/(?:^|\s)(?:document|contact card|contactkaart) (?:omitted|weggelaten)$/i, 'document'],
];

// A file that came with the export: iOS `<attached: 0001-PHOTO-....jpg>`, Android `IMG-....jpg (file attached)`.
const ATTACHED = /^<(?:attached|bijgevoegd): ([^>]+)>\s*/i;
const ANDROID_ATTACHED = /^(\S+\.[A-Za-z0-9]{2,5}) \((?:file attached|bestand bijgevoegd)\)\s*/i;

const DELETED =
  /^(?:this message was deleted\.?|you deleted this message\.?|dit bericht is verwijderd\.?|je hebt dit bericht verwijderd\.?)$/i;

/** The note WhatsApp appends to an edited message. */
export const EDITED_SUFFIX = /\s*\u200e?<(?:this message was edited|dit bericht is bewerkt)>$/i;

const INVISIBLE = /[\u200e\u200f]/g;

/** Classifies a message body; undefined when it is ordinary text. */
export function classifyBody(body: string): Placeholder | undefined {
  const clean = body.replace(INVISIBLE, '').trim();
  if (DELETED.test(clean)) return { type: 'deleted' };
  for (const [pattern, kind] of OMITTED) if (pattern.test(clean)) return { type: 'media', kind, caption: '' };
  const attached = ATTACHED.exec(clean) ?? ANDROID_ATTACHED.exec(clean);
  if (attached) {
    return {
      type: 'media',
      kind: kindOfFile(attached[1] as string),
      caption: clean.slice(attached[0].length),
    };
  }
  return undefined;
}

/** Media kind from a WhatsApp file name (`IMG-`, `VID-`, `PTT-`, `-PHOTO-`, extension). */
export function kindOfFile(name: string): ExportMediaKind {
  const n = name.toLowerCase();
  if (/(?:^img-|-photo-|\.(?:jpe?g|png|heic|gif)$)/.test(n)) return 'photo';
  if (/(?:^vid-|-video-|\.(?:mp4|mov|3gp)$)/.test(n)) return 'video';
  if (/(?:^ptt-|^aud-|-audio-|\.(?:opus|m4a|mp3|aac|ogg)$)/.test(n)) return 'audio';
  if (/(?:^stk-|-sticker-|\.webp$)/.test(n)) return 'sticker';
  return 'document';
}
