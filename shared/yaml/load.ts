// PyYAML's safe_load on top of the `yaml` package's parser: `yaml` builds the node tree (every
// scalar kept as its source string), and this file does what PyYAML's Composer and
// SafeConstructor do with it: resolve plain scalars with PyYAML's YAML 1.1 rules (resolve.ts),
// honour explicit tags, merge `<<` keys, share aliased objects, and fail where safe_load fails.
import { isAlias, isMap, isScalar, isSeq, visit, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import { errorMessage } from '../errors.js';
import { analyseAliases } from './aliases.js';
import { parseYamlLeniently, type LinePosition } from './lenient-parse.js';
import { constructScalar, resolvePlainTag, type PlainTag } from './resolve.js';
import { UNICODE_BREAKS, scalarFromSource } from './unicode-breaks.js';
import { YamlFloat, YamlTimestamp, type YamlKey, type YamlValue } from './value.js';

/** An error of loading, at a place in the source. */
export class YamlLoadError extends Error {
  constructor(message: string, readonly line?: number, readonly col?: number) {
    super(line === undefined ? message : `${message} (line ${line}, column ${col ?? 0})`);
    this.name = 'YamlLoadError';
  }
}

/** PyYAML's Reader refuses these characters anywhere in the stream (Reader.NON_PRINTABLE). */
export const NON_PRINTABLE = /[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** `yaml.safe_load(text)` as a YamlValue; throws a YamlLoadError with line and column where PyYAML fails. */
export function loadYaml(text: string): YamlValue {
  // PyYAML's Reader checks the characters before anything is parsed.
  const bad = NON_PRINTABLE.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0) ?? 0;
    const before = text.slice(0, bad.index);
    const line = before.split('\n').length;
    const col = bad.index - before.lastIndexOf('\n');
    throw new YamlLoadError(`unacceptable character #x${code.toString(16).padStart(4, '0')}: special characters are not allowed`, line, col);
  }
  const { doc, linePos } = parseYamlLeniently(text);
  const error = doc.errors[0];
  if (error) {
    const { line, col } = linePos(error.pos[0]);
    throw new YamlLoadError(error.message, line, col);
  }
  checkAnchors(doc, linePos);
  return toYamlValueFromNode(doc.contents, doc, linePos);
}

// PyYAML's Composer refuses an anchor defined twice; `yaml` lets the later one win.
function checkAnchors(doc: Document, linePos: LinePosition): void {
  const seen = new Set<string>();
  visit(doc, (_key, node) => {
    if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) {
      if (seen.has(node.anchor)) throw errorAt(`found duplicate anchor '${node.anchor}'`, node, linePos);
      seen.add(node.anchor);
    }
  });
}

function errorAt(message: string, node: Node | null, linePos: LinePosition | undefined): YamlLoadError {
  const offset = node?.range?.[0];
  if (offset === undefined || !linePos) return new YamlLoadError(message);
  const { line, col } = linePos(offset);
  return new YamlLoadError(message, line, col);
}

const CORE = 'tag:yaml.org,2002:';

/**
 * The value safe_load builds for one node of a parsed `yaml` Document (null for an absent node,
 * as an empty plain scalar). Works with any schema: plain scalars are resolved from their source
 * text. `doc` is needed only to resolve aliases; `linePos` (a LineCounter's) adds line and column
 * to errors. Duplicate anchors are not checked here (loadYaml does).
 */
export function toYamlValueFromNode(node: unknown, doc?: Document, linePos?: LinePosition): YamlValue {
  return new Constructor(doc, linePos).construct(asNode(node));
}

function asNode(node: unknown): Node | null {
  if (node === null || node === undefined) return null;
  if (isScalar(node) || isMap(node) || isSeq(node) || isAlias(node)) return node;
  throw new YamlLoadError(`not a YAML node: ${String(node)}`);
}

type Pair = { key: Node | null; value: Node | null };

class Constructor {
  // BaseConstructor.constructed_objects: an aliased node gives back the very same object.
  private readonly constructed = new Map<Node, YamlValue>();

  constructor(private readonly doc: Document | undefined, private readonly linePos: LinePosition | undefined) {}

  construct(node: Node | null): YamlValue {
    const target = this.deref(node);
    if (target === null) return null; // an absent node is an empty plain scalar: null
    const done = this.constructed.get(target);
    if (done !== undefined) return done;
    if (isScalar(target)) {
      const value = this.constructScalarNode(target);
      this.constructed.set(target, value);
      return value;
    }
    if (isSeq(target)) {
      this.expectTag(target, ['seq']);
      // Registered before the items (as PyYAML's generator constructors do), so `&a [*a]` works.
      const list: YamlValue[] = [];
      this.constructed.set(target, list);
      for (const item of target.items) list.push(this.construct(asNode(item)));
      return list;
    }
    if (isMap(target)) {
      this.expectTag(target, ['map']);
      const map = new Map<YamlKey, YamlValue>();
      this.constructed.set(target, map);
      this.fillMapping(map, target);
      return map;
    }
    throw errorAt('unexpected YAML node', target, this.linePos);
  }

  private deref(node: Node | null): Node | null {
    if (!isAlias(node)) return node;
    if (!this.doc) throw errorAt(`alias '*${node.source}' cannot be resolved without its document`, node, this.linePos);
    // Looked up in one table per document: `node.resolve` walks the whole document for each alias.
    const target = analyseAliases(this.doc).targets.get(node);
    if (!target) throw errorAt(`found undefined alias '${node.source}'`, node, this.linePos);
    return target;
  }

  private expectTag(node: Node, allowed: readonly string[]): void {
    const tag = node.tag;
    if (tag === undefined || tag === '!' || allowed.some((name) => tag === CORE + name)) return;
    throw errorAt(`could not determine a constructor for the tag '${tag}'`, node, this.linePos);
  }

  // The Composer's tag choice: plain untagged scalars, and any scalar tagged with the non-specific
  // `!` (PyYAML's parser marks those implicit too), go through the resolver; other untagged ones are str.
  private scalarTag(node: Scalar): PlainTag {
    const tag = node.tag;
    if (tag === undefined) return node.type === 'PLAIN' ? resolvePlainTag(sourceText(node)) : 'str';
    if (tag === '!') return resolvePlainTag(sourceText(node));
    const name = tag.startsWith(CORE) ? tag.slice(CORE.length) : '';
    const known: readonly PlainTag[] = ['str', 'int', 'float', 'bool', 'null', 'timestamp', 'merge', 'value'];
    const found = known.find((k) => k === name);
    if (found) return found;
    throw errorAt(`could not determine a constructor for the tag '${tag}'`, node, this.linePos);
  }

  private constructScalarNode(node: Scalar): YamlValue {
    try {
      return constructScalar(this.scalarTag(node), sourceText(node));
    } catch (error) {
      if (error instanceof YamlLoadError) throw error;
      throw errorAt(errorMessage(error), node, this.linePos);
    }
  }

  // A key's tag, for the merge (`<<`) and value (`=`) rules of flatten_mapping.
  private keyTag(node: Node | null): PlainTag | null {
    const target = this.deref(node);
    if (target === null) return 'null';
    return isScalar(target) ? this.scalarTag(target) : null;
  }

  // SafeConstructor.flatten_mapping: the pairs of merged mappings come first (later sequence
  // entries before earlier ones, so earlier ones win), then the mapping's own pairs.
  private flatten(node: YAMLMap): Pair[] {
    const merge: Pair[] = [];
    const own: Pair[] = [];
    for (const item of node.items) {
      const key = asNode(item.key);
      const value = asNode(item.value);
      if (this.keyTag(key) !== 'merge') {
        own.push({ key, value });
        continue;
      }
      const target = this.deref(value);
      if (isMap(target)) {
        merge.push(...this.flatten(target));
      } else if (isSeq(target)) {
        const submerge: Pair[][] = [];
        for (const sub of target.items) {
          const subnode = this.deref(asNode(sub));
          if (!isMap(subnode)) throw errorAt('expected a mapping for merging', subnode ?? target, this.linePos);
          submerge.push(this.flatten(subnode));
        }
        for (const pairs of submerge.reverse()) merge.push(...pairs);
      } else {
        throw errorAt('expected a mapping or list of mappings for merging', target ?? node, this.linePos);
      }
    }
    return [...merge, ...own];
  }

  private fillMapping(map: Map<YamlKey, YamlValue>, node: YAMLMap): void {
    // Python dict semantics: equal keys (1, 1.0 and True are one key) keep the first key's place
    // and the last value.
    const byIdentity = new Map<string, YamlKey>();
    for (const { key, value } of this.flatten(node)) {
      // flatten_mapping retags a `=` key as str.
      const k = this.keyTag(key) === 'value' ? '=' : this.construct(key);
      if (!isYamlKey(k)) {
        throw errorAt(
          Array.isArray(k) || k instanceof Map ? 'found unhashable key' : 'unsupported mapping key (float or timestamp)',
          this.deref(key), this.linePos,
        );
      }
      const id = keyIdentity(k);
      const existing = byIdentity.get(id);
      const v = this.construct(value);
      if (existing !== undefined) {
        map.set(existing, v);
      } else {
        byIdentity.set(id, k);
        map.set(k, v);
      }
    }
  }
}

function sourceText(node: Scalar): string {
  // PyYAML reads U+0085, U+2028 and U+2029 as line breaks, which `yaml` keeps as text: such a scalar is re-read from its source.
  const raw = node.srcToken && 'source' in node.srcToken ? node.srcToken.source : undefined;
  if (raw !== undefined && UNICODE_BREAKS.test(raw)) {
    const text = scalarFromSource(raw, node.type);
    if (text !== undefined) return text;
  }
  // `source` is the scalar's text after unescaping and folding, whatever the schema.
  if (typeof node.source === 'string') return node.source;
  if (typeof node.value === 'string') return node.value;
  throw new YamlLoadError('a scalar node without its source text');
}

function isYamlKey(value: YamlValue): value is YamlKey {
  return !(value instanceof YamlFloat || value instanceof YamlTimestamp || value instanceof Map || Array.isArray(value));
}

// Python's hash equality for the key types: True == 1, False == 0, ints by value.
function keyIdentity(key: YamlKey): string {
  if (key === null) return 'none';
  if (typeof key === 'string') return 's:' + key;
  if (typeof key === 'boolean') return key ? 'i:1' : 'i:0';
  return 'i:' + BigInt(key).toString();
}
