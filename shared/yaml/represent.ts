// PyYAML's Representer and Serializer (representer.py, serializer.py) for the values safe_load
// builds: each value becomes a node with the text PyYAML writes for it, shared collections and
// timestamps get `&id001` anchors, and the nodes become the event stream the emitter consumes.
import { resolvePlainTag } from './resolve.js';
import { YamlFloat, YamlTimestamp, type YamlKey, type YamlValue } from './value.js';
import type { EmitterEvent } from './emitter.js';

/** A representation node; object identity matters (a node met twice is written as an alias). */
export type RepresentedNode =
  | { readonly kind: 'scalar'; readonly tag: string; readonly value: string }
  | { readonly kind: 'seq'; readonly items: RepresentedNode[] }
  | { readonly kind: 'map'; readonly pairs: [RepresentedNode, RepresentedNode][] };

/** Python's repr() of a float: the shortest round-tripping digits, exponent form when the decimal point is before -4 or after 16 digits. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // Number#toString gives the same shortest, closest digits as Python's repr; only the layout differs.
  const [mantissa = '', exponent] = String(Math.abs(x)).split('e');
  const [intPart = '', fracPart = ''] = mantissa.split('.');
  let digits = intPart + fracPart;
  let decpt = intPart.length + (exponent === undefined ? 0 : Number(exponent));
  const leadingZeros = digits.length - digits.replace(/^0+/, '').length;
  digits = digits.slice(leadingZeros).replace(/0+$/, '');
  decpt -= leadingZeros;
  let body: string;
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    body = `${digits[0]}${digits.length > 1 ? '.' + digits.slice(1) : ''}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  } else if (decpt <= 0) {
    body = `0.${'0'.repeat(-decpt)}${digits}`;
  } else if (decpt >= digits.length) {
    body = `${digits}${'0'.repeat(decpt - digits.length)}.0`;
  } else {
    body = `${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  }
  return (x < 0 ? '-' : '') + body;
}

/** SafeRepresenter.represent_float's text: `.nan`, `.inf`, `-.inf`, else repr lower-cased with `.0` added before a bare exponent. */
export function representFloat(x: number): string {
  if (Number.isNaN(x)) return '.nan';
  if (x === Infinity) return '.inf';
  if (x === -Infinity) return '-.inf';
  const value = pyFloatRepr(x).toLowerCase();
  return !value.includes('.') && value.includes('e') ? value.replace('e', '.0e') : value;
}

/** The tag and text SafeRepresenter gives a scalar or a mapping key. */
function representScalar(value: YamlKey | YamlFloat | YamlTimestamp): { tag: string; value: string } {
  if (value === null) return { tag: 'null', value: 'null' };
  if (typeof value === 'string') return { tag: 'str', value };
  if (typeof value === 'boolean') return { tag: 'bool', value: value ? 'true' : 'false' };
  if (typeof value === 'bigint') return { tag: 'int', value: value.toString() };
  if (typeof value === 'number') {
    // A plain number is an int in this value model; a float must be a YamlFloat.
    if (!Number.isInteger(value)) throw new Error(`a YAML int must be an integer (use YamlFloat for floats): ${value}`);
    return { tag: 'int', value: BigInt(value).toString() };
  }
  if (value instanceof YamlFloat) return { tag: 'float', value: representFloat(value.value) };
  return { tag: 'timestamp', value: value.text };
}

/** BaseRepresenter.represent_data: the node tree, reusing the node of a collection or timestamp met before (by identity). */
export function representValue(data: YamlValue): RepresentedNode {
  // PyYAML's ignore_aliases exempts None, str, bool, int and float; everything else is tracked.
  const represented = new Map<object, RepresentedNode>();
  const represent = (value: YamlValue): RepresentedNode => {
    if (value instanceof Map || Array.isArray(value) || value instanceof YamlTimestamp) {
      const seen = represented.get(value);
      if (seen) return seen;
    }
    if (Array.isArray(value)) {
      const node = { kind: 'seq' as const, items: [] as RepresentedNode[] };
      // Registered before the children, so a list that contains itself becomes an alias.
      represented.set(value, node);
      for (const item of value as readonly YamlValue[]) node.items.push(represent(item));
      return node;
    }
    if (value instanceof Map) {
      const node = { kind: 'map' as const, pairs: [] as [RepresentedNode, RepresentedNode][] };
      represented.set(value, node);
      for (const [key, item] of value) node.pairs.push([represent(key), represent(item)]);
      return node;
    }
    const node = { kind: 'scalar' as const, ...representScalar(value as YamlKey | YamlFloat | YamlTimestamp) };
    if (value instanceof YamlTimestamp) represented.set(value, node);
    return node;
  };
  return represent(data);
}

/**
 * Serializer.serialize: the events of one document (without stream start/end), with `id001`-style
 * anchors for nodes met twice. Strings that `quote` accepts are never written plain.
 */
export function serializeNode(root: RepresentedNode, quote?: (text: string) => boolean): EmitterEvent[] {
  // anchor_node: the anchor goes to a node on its second visit, numbered in that order.
  const anchors = new Map<RepresentedNode, string | null>();
  let lastAnchorId = 0;
  const anchorNode = (node: RepresentedNode): void => {
    if (anchors.has(node)) {
      if (anchors.get(node) === null) anchors.set(node, `id${String(++lastAnchorId).padStart(3, '0')}`);
      return;
    }
    anchors.set(node, null);
    if (node.kind === 'seq') node.items.forEach(anchorNode);
    if (node.kind === 'map') {
      for (const [key, value] of node.pairs) {
        anchorNode(key);
        anchorNode(value);
      }
    }
  };
  anchorNode(root);

  const events: EmitterEvent[] = [{ type: 'DocumentStart' }];
  const serialized = new Set<RepresentedNode>();
  const serialize = (node: RepresentedNode): void => {
    const anchor = anchors.get(node) ?? null;
    if (serialized.has(node)) {
      events.push({ type: 'Alias', anchor: anchor ?? '' });
      return;
    }
    serialized.add(node);
    if (node.kind === 'scalar') {
      // implicit: (the resolver reads the plain text back as this tag, the quoted text as str).
      const plainReadsBack = resolvePlainTag(node.value) === node.tag && !(node.tag === 'str' && quote?.(node.value));
      const implicit = [plainReadsBack, node.tag === 'str'] as const;
      events.push({ type: 'Scalar', anchor, tag: node.tag, implicit, value: node.value });
    } else if (node.kind === 'seq') {
      events.push({ type: 'SequenceStart', anchor, tag: 'seq' });
      node.items.forEach(serialize);
      events.push({ type: 'SequenceEnd' });
    } else {
      events.push({ type: 'MappingStart', anchor, tag: 'map' });
      for (const [key, value] of node.pairs) {
        serialize(key);
        serialize(value);
      }
      events.push({ type: 'MappingEnd' });
    }
  };
  serialize(root);
  events.push({ type: 'DocumentEnd' });
  return events;
}
