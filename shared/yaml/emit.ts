// yaml.dump(value, sort_keys=False, allow_unicode=..., default_flow_style=False) in TypeScript,
// plus the two pieces the document engine re-emits when one entry or one transcript item of a
// file changes. All three run the same ported PyYAML pipeline: represent -> serialize -> emit.
import { emitterSettings } from './emit-writer.js';
import { emitEvents, type EmitterEvent } from './emitter.js';
import { representValue, serializeNode } from './represent.js';
import type { YamlValue } from './value.js';

/** Options of dumpYaml: PyYAML's allow_unicode, width (default 80) and indent (default 2). */
export interface DumpOptions {
  /** Write printable non-ASCII as-is (true) or as `\u2019`-style escapes in double quotes (false). */
  readonly allowUnicode: boolean;
  /** PyYAML's width: long scalars are folded at the first space past this column. */
  readonly width?: number;
  /** PyYAML's indent: spaces per nesting level, used when 1 < indent < 10. */
  readonly indent?: number;
  /** Strings never to write plain although PyYAML would, because another reader would misread them (Psych's `0:41`). */
  readonly quote?: (text: string) => boolean;
}

function dumpDocument(value: YamlValue, options: DumpOptions): string {
  const events: EmitterEvent[] = [{ type: 'StreamStart' }, ...serializeNode(representValue(value), options.quote), { type: 'StreamEnd' }];
  return emitEvents(events, emitterSettings(options));
}

/** PyYAML's `yaml.dump(value, sort_keys=False, allow_unicode=..., default_flow_style=False)`. */
export function dumpYaml(value: YamlValue, options: DumpOptions): string {
  return dumpDocument(value, options);
}

/**
 * What PyYAML writes for `key: value` inside a top-level block mapping, through the final newline
 * (e.g. `season: 11\n`, `guests:\n- katiebauer\n`).
 *
 * Every top-level key starts at column 0 on a fresh line with the same emitter state (indent 0,
 * whitespace and indention set), whatever came before, and its text ends with the line break that
 * the next key's (or the document end's) write_indent writes. So it is exactly the dump of a
 * mapping holding only this entry. (Anchors are per dump: a value sharing objects with other
 * entries would be written with its own anchors, as PyYAML would for that entry alone.)
 */
export function dumpMappingEntry(key: string, value: YamlValue, options: DumpOptions): string {
  return dumpDocument(new Map([[key, value]]), options);
}

/**
 * What PyYAML writes for one item of a block sequence that is the value of a top-level key
 * (`- line: ...\n  sec: 93\n  time: '1:33'\n  who: Alexey\n`), through the final newline.
 *
 * Such a sequence is indentless, so its indent is 0, the same as a root block sequence's; each
 * item starts at column 0 after write_indent and its nodes are in sequence context either way.
 * So the item's text is exactly the dump of a root sequence holding only this item.
 */
export function dumpSequenceItem(value: YamlValue, options: DumpOptions): string {
  return dumpDocument([value], options);
}
