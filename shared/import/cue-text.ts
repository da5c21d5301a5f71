/** The text of subtitle cues: lines, voice spans, markup players do not show, entities. */

/** Lines of a text broken at CR, LF or CRLF, a leading BOM removed. */
export function textLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** A cue's payload split at `<v Name>` tags, other tags (`<c>`, `<i>`, `<font>`, `<00:01.000>`, `{\an8}`) removed, entities decoded. */
export function voiceSpans(payload: string): { voice?: string; text: string }[] {
  const spans: { voice?: string; text: string }[] = [];
  const parts = payload.split(/(<v(?:\.[^\s>]*)?(?:\s+[^>]*)?>|<\/v>)/);
  let voice: string | undefined;
  for (const part of parts) {
    const open = /^<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>$/.exec(part);
    if (open) voice = decodeEntities((open[1] ?? '').trim()) || undefined;
    else if (part === '</v>') voice = undefined;
    else {
      const text = decodeEntities(stripTags(part));
      if (text.trim() !== '') spans.push(voice === undefined ? { text } : { voice, text });
    }
  }
  return spans;
}

/** Removes markup players do not show: HTML-like tags (`<i>`, `</font>`, `<c.yellow>`), timestamps (`<00:01.000>`), ASS overrides (`{\an8}`). */
export function stripTags(text: string): string {
  return text.replace(/<\/?[A-Za-z][^<>]*>/g, '').replace(/<(?:\d+:)?\d{2}:\d{2}\.\d{3}>/g, '').replace(/\{\\[^}]*\}/g, '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : name.startsWith('#') ? Number(name.slice(1)) : undefined;
    if (code === undefined) return ENTITIES[name.toLowerCase()] ?? whole;
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
