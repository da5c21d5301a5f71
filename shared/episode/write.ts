import { dumpMappingEntry, dumpSequenceItem, dumpYaml, type DumpOptions } from '../yaml/emit.js';
import type { YamlValue } from '../yaml/value.js';
import { EpisodeParseError, type EpisodeDocument, type FrontEntry, type WriterStyle } from './document.js';
import { isUnedited, itemValue, sameValue, type TranscriptItem } from './items.js';
import { isSexagesimalNumber } from './time.js';

/** Writes a document back: unedited items and keys keep their exact bytes, edited ones come out in the file's style. */
export function serializeEpisode(doc: EpisodeDocument): string {
  // A flow mapping holds several keys to a line: none can be rewritten alone, so all are, as edited items are written.
  if (doc.flowRoot && !sameValue(frontmatterValue(doc), doc.flowRoot)) return emitWhole(doc, emitOptions(doc.style));
  const body = doc.entries.map((entry, i) => {
    const text = i === doc.transcript?.entry ? transcriptText(doc) : entryText(entry, doc.style);
    return text + (entry.trivia ?? '');
  });
  return doc.preamble + doc.opening + doc.lead + body.join('') + doc.end;
}

/** Re-emits the whole frontmatter as PyYAML's `dump(sort_keys=False)` writes it; the text around it is kept. */
export function rewriteEpisode(doc: EpisodeDocument): string {
  return emitWhole(doc, { allowUnicode: doc.style.allowUnicode });
}

/** The file with its whole frontmatter emitted anew; refused while a value in it cannot be loaded. */
function emitWhole(doc: EpisodeDocument, options: DumpOptions): string {
  const [unloadable] = doc.loadErrors;
  if (unloadable) throw new EpisodeParseError(doc.file, unloadable.line, unloadable.column, `cannot rewrite: PyYAML cannot load this value: ${unloadable.message}`);
  const data = frontmatterValue(doc);
  const yaml = data.size === 0 ? '' : dumpYaml(data, options);
  return doc.preamble + doc.opening + withEol(yaml, doc.style) + doc.end;
}

/** The frontmatter as data, the transcript included, as a YAML reader would load the written file. */
function frontmatterValue(doc: EpisodeDocument): Map<string, YamlValue> {
  const data = new Map<string, YamlValue>();
  doc.entries.forEach((entry, i) => data.set(entry.key, i === doc.transcript?.entry ? transcriptValue(doc, entry) : entry.value));
  return data;
}

/** The transcript as data: a list the file held in flow style, or none yet, is its items' values once they change. */
function transcriptValue(doc: EpisodeDocument, entry: FrontEntry): YamlValue {
  if (doc.transcript?.block) return doc.items.map(currentValue);
  const values = doc.items.map(itemValue);
  return entry.origin && sameValue(values, entry.origin.value) ? entry.origin.value : values;
}

/** What an item loads to once written: its file's value while unedited, its fields otherwise. */
function currentValue(item: TranscriptItem): YamlValue {
  return isUnedited(item) ? item.origin.value : itemValue(item);
}

/** One item as the file's writer writes it, with time-like text quoted for every YAML 1.1 reader. */
export function emitItem(item: TranscriptItem, style: WriterStyle): string {
  const text = dumpSequenceItem(itemValue(item), emitOptions(style));
  const pad = ' '.repeat(style.itemIndent);
  return withEol(style.itemIndent === 0 ? text : text.replace(/^(?=.)/gm, pad), style);
}

/** Emitted text with the file's own line breaks. */
function withEol(text: string, style: WriterStyle): string {
  return style.eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text;
}

function emitOptions(style: WriterStyle): DumpOptions {
  // PyYAML writes `0:41` plain and reads it back as text, but Ruby's Psych (Jekyll) reads it as 41.
  return { allowUnicode: style.allowUnicode, quote: isSexagesimalNumber };
}

function entryText(entry: FrontEntry, style: WriterStyle): string {
  const { origin } = entry;
  if (origin && sameValue(entry.value, origin.value)) return origin.text;
  return withEol(dumpMappingEntry(entry.key, entry.value, emitOptions(style)), style);
}

function transcriptText(doc: EpisodeDocument): string {
  const layout = doc.transcript!;
  const entry = doc.entries[layout.entry]!;
  const { items } = doc;
  if (layout.block && items.length > 0) {
    const parts = items.map((item) => (isUnedited(item) ? item.origin.text : emitItem(item, doc.style)) + (item.trivia ?? ''));
    return layout.head + parts.join('') + layout.tail;
  }
  const values = items.map(itemValue);
  const origin = entry.origin;
  if (origin && !layout.block && (sameValue(values, origin.value) || (values.length === 0 && !Array.isArray(origin.value)))) {
    return origin.text;
  }
  return withEol(dumpMappingEntry(entry.key, values, emitOptions(doc.style)), doc.style);
}
