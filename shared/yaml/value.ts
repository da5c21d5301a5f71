/** A YAML value as PyYAML's safe loader builds it, so that dumping it can match PyYAML byte for byte. */
export type YamlValue = YamlScalar | YamlSeq | YamlMap;

/** A scalar: str, int (bigint when beyond 2^53), float, bool, null, date or datetime. */
export type YamlScalar = string | number | bigint | boolean | null | YamlFloat | YamlTimestamp;

/** A sequence. */
export type YamlSeq = readonly YamlValue[];

/** A mapping whose keys keep their order (PyYAML's dump with sort_keys=False keeps insertion order). */
export type YamlMap = ReadonlyMap<YamlKey, YamlValue>;

/** A mapping key: PyYAML allows any hashable scalar, these are the ones episode files use. */
export type YamlKey = string | number | bigint | boolean | null;

/** A float, kept apart from int because PyYAML writes 1.0 as `1.0`, never as `1`. */
export class YamlFloat {
  constructor(readonly value: number) {}
}

/** A `!!timestamp`: a date (`2025-10-21`) or a datetime, kept as the text PyYAML would write. */
export class YamlTimestamp {
  /** @param kind date for a bare date; datetime otherwise. @param text what PyYAML's representer writes. */
  constructor(readonly kind: 'date' | 'datetime', readonly text: string) {}
}

/** True for a mapping value. */
export function isYamlMap(value: YamlValue): value is YamlMap {
  return value instanceof Map;
}

/** True for a sequence value. */
export function isYamlSeq(value: YamlValue): value is YamlSeq {
  return Array.isArray(value);
}
