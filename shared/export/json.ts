/** The transcript items as JSON for other tools: `{"transcript": [{line, sec, time, who} | {header} | …]}`, as a YAML reader loads them. */
import type { EpisodeDocument } from '../episode/document.js';
import { itemValue } from '../episode/items.js';
import { YamlFloat, YamlTimestamp, type YamlValue } from '../yaml/value.js';

/** JSON as `JSON.stringify` takes it. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

export function exportJson(doc: EpisodeDocument): { text: string; warnings: string[] } {
  const transcript = doc.items.map((item) => toJson(itemValue(item)));
  return { text: `${JSON.stringify({ transcript }, null, 2)}\n`, warnings: [] };
}

/** A loaded YAML value as JSON: maps become objects (keys as text), dates their text, big integers numbers. */
export function toJson(value: YamlValue): Json {
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), toJson(v)]));
  if (Array.isArray(value)) return value.map(toJson);
  if (value instanceof YamlFloat) return Number.isFinite(value.value) ? value.value : String(value.value);
  if (value instanceof YamlTimestamp) return value.text;
  if (typeof value === 'bigint') return Number(value);
  return value as string | number | boolean | null;
}
