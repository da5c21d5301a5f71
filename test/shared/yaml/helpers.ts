// Shared by the YAML tests: PyYAML's recorded answers (test/fixtures/yaml/cases.json, written by
// make-cases.py with the real PyYAML) and a typed JSON view of loaded values to compare with them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pyFloatRepr } from '../../../shared/yaml/represent.js';
import { YamlFloat, YamlTimestamp, type YamlValue } from '../../../shared/yaml/value.js';

/** A loaded value as make-cases.py's tagged(): ints, floats and timestamps wrapped with their type. */
export type Tagged =
  | null | boolean | string
  | { int: string } | { float: string } | { date: string } | { datetime: string }
  | { seq: Tagged[] } | { map: [Tagged, Tagged][] };

/** Dumps of one string in four positions. */
export interface Positions { root: string; value: string; key: string; item: string }

/** The recorded PyYAML answers. */
export interface Cases {
  pyyaml: string;
  resolve: { text: string; tag: string; value?: Tagged; error?: string }[];
  unsupported: string[];
  strings: { text: string; unicode: Positions; ascii: Positions }[];
  documents: { source: string; error?: string; loaded?: Tagged | null; unicode?: string; ascii?: string }[];
  variants: { source: string; options: { width?: number; indent?: number }; unicode: string; ascii: string }[];
}

/** cases.json, parsed. */
export const cases: Cases = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/yaml/cases.json', import.meta.url)), 'utf8'),
) as Cases;

/** The same typed JSON view for a TypeScript value. */
export function tagged(value: YamlValue): Tagged {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return { int: value.toString() };
  if (value instanceof YamlFloat) return { float: pyFloatRepr(value.value) };
  if (value instanceof YamlTimestamp) return value.kind === 'date' ? { date: value.text } : { datetime: value.text };
  if (value instanceof Map) return { map: [...value].map(([k, v]): [Tagged, Tagged] => [tagged(k), tagged(v)]) };
  return { seq: (value as readonly YamlValue[]).map(tagged) };
}

/** A short printable label for a test name. */
export function label(text: string, max = 50): string {
  const json = JSON.stringify(text);
  return json.length > max ? json.slice(0, max) + '…' : json;
}
