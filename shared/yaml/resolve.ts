// A port of PyYAML's implicit resolver (resolver.py, class Resolver) and of the scalar
// constructors of SafeConstructor (constructor.py): which tag a plain scalar gets, and the value
// safe_load builds from it. Both the loader and the emitter depend on this: the emitter may only
// write a string plain when this resolver gives `str` back for its text.
import { YamlFloat, YamlTimestamp, type YamlScalar } from './value.js';

/** The tags PyYAML's implicit resolver can give a scalar (`yaml` is its documentation-only `!`, `&`, `*` resolver). */
export type PlainTag = 'str' | 'int' | 'float' | 'bool' | 'null' | 'timestamp' | 'merge' | 'value' | 'yaml';

// Python's `re.match(...)` with a pattern ending in `$` (no MULTILINE) also matches just before a
// final '\n', so every pattern ends in `\n?$` here. The patterns are PyYAML's, with the verbose-mode
// whitespace removed.
const BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)\n?$/;
const FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\n?$/;
const INT =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)\n?$/;
const MERGE = /^(?:<<)\n?$/;
// The third alternative of PyYAML's null pattern is empty: it is what makes '' resolve to null.
const NULL = /^(?:~|null|Null|NULL|)\n?$/;
const TIMESTAMP =
  /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)\n?$/;
const VALUE = /^(?:=)\n?$/;
const YAML_DOC = /^(?:!|&|\*)\n?$/;

type Resolver = readonly [PlainTag, RegExp];

// PyYAML only tries the resolvers registered for the first character, in registration order
// (bool, float, int, merge, null, timestamp, value, yaml), so e.g. 'n' tries bool then null.
const FIRST_CHAR = new Map<string, Resolver[]>();
function register(tag: PlainTag, regexp: RegExp, first: readonly string[]): void {
  for (const ch of first) {
    const list = FIRST_CHAR.get(ch) ?? [];
    list.push([tag, regexp]);
    FIRST_CHAR.set(ch, list);
  }
}
register('bool', BOOL, [...'yYnNtTfFoO']);
register('float', FLOAT, [...'-+0123456789.']);
register('int', INT, [...'-+0123456789']);
register('merge', MERGE, ['<']);
register('null', NULL, ['~', 'n', 'N', '']);
register('timestamp', TIMESTAMP, [...'0123456789']);
register('value', VALUE, ['=']);
register('yaml', YAML_DOC, [...'!&*']);

/** The tag PyYAML's Resolver gives a plain (untagged, unquoted) scalar with this text. */
export function resolvePlainTag(text: string): PlainTag {
  // value[0] in Python is a code point; only ASCII characters have resolvers, so a UTF-16 unit is enough.
  const resolvers = FIRST_CHAR.get(text === '' ? '' : text.charAt(0)) ?? [];
  for (const [tag, regexp] of resolvers) if (regexp.test(text)) return tag;
  return 'str';
}

/** The value SafeConstructor builds for a plain scalar (throws where safe_load throws, e.g. a plain `=` or `<<` value). */
export function constructPlain(text: string): YamlScalar {
  return constructScalar(resolvePlainTag(text), text);
}

/** The value SafeConstructor builds for a scalar of a known tag (an explicit `!!int` etc. or a resolved one). */
export function constructScalar(tag: PlainTag, text: string): YamlScalar {
  switch (tag) {
    case 'str':
      return text;
    case 'null':
      return null;
    case 'bool':
      return constructBool(text);
    case 'int':
      return constructInt(text);
    case 'float':
      return new YamlFloat(constructFloat(text));
    case 'timestamp':
      return constructTimestamp(text);
    case 'merge':
    case 'value':
    case 'yaml':
      // SafeConstructor has no constructor for these: safe_load raises ConstructorError.
      throw new Error(`could not determine a constructor for the tag 'tag:yaml.org,2002:${tag}'`);
  }
}

const BOOL_VALUES: ReadonlyMap<string, boolean> = new Map([
  ['yes', true], ['no', false], ['true', true], ['false', false], ['on', true], ['off', false],
]);

function constructBool(text: string): boolean {
  const value = BOOL_VALUES.get(text.toLowerCase());
  if (value === undefined) throw new Error(`not a bool: ${JSON.stringify(text)}`);
  return value;
}

/** An int as a number when it is exactly representable, else as a bigint. */
function intValue(value: bigint): number | bigint {
  return value >= -BigInt(Number.MAX_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

// Python's int() accepts surrounding whitespace (the `\n?$` case); the digits are checked here
// because BigInt('') is 0n where Python's int('', 2) raises.
function pyInt(digits: string, base: 2 | 8 | 10 | 16): bigint {
  const trimmed = digits.trim();
  const valid = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ }[base];
  if (!valid.test(trimmed)) throw new Error(`invalid literal for int() with base ${base}: '${digits}'`);
  const prefix = { 2: '0b', 8: '0o', 10: '', 16: '0x' }[base];
  return BigInt(prefix + trimmed);
}

// construct_yaml_int: underscores dropped, sign, then 0b / 0x / leading-0 octal / base-60 / decimal.
function constructInt(text: string): number | bigint {
  let value = text.replaceAll('_', '');
  const sign = value.startsWith('-') ? -1n : 1n;
  if (value.startsWith('-') || value.startsWith('+')) value = value.slice(1);
  if (value === '0') return 0;
  if (value.startsWith('0b')) return intValue(sign * pyInt(value.slice(2), 2));
  if (value.startsWith('0x')) return intValue(sign * pyInt(value.slice(2), 16));
  if (value.startsWith('0')) return intValue(sign * pyInt(value, 8));
  if (value.includes(':')) {
    let total = 0n;
    let base = 1n;
    for (const part of value.split(':').reverse()) {
      total += pyInt(part, 10) * base;
      base *= 60n;
    }
    return intValue(sign * total);
  }
  return intValue(sign * pyInt(value, 10));
}

// Python's float(): decimal or exponent forms, inf/infinity/nan, surrounding whitespace allowed.
// Number() rounds the same way but also takes '', '0x10' and 'Infinity', so the syntax is checked first.
const PY_FLOAT = /^[-+]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|inf|infinity|nan)$/i;
function pyFloat(text: string): number {
  const trimmed = text.trim();
  if (!PY_FLOAT.test(trimmed)) throw new Error(`could not convert string to float: '${text}'`);
  const body = trimmed.replace(/^[-+]/, '').toLowerCase();
  const negative = trimmed.startsWith('-');
  if (body === 'nan') return NaN;
  if (body === 'inf' || body === 'infinity') return negative ? -Infinity : Infinity;
  return Number(trimmed);
}

// construct_yaml_float: underscores dropped, lower-cased, sign, .inf / .nan / base-60 / decimal.
function constructFloat(text: string): number {
  let value = text.replaceAll('_', '').toLowerCase();
  const sign = value.startsWith('-') ? -1 : 1;
  if (value.startsWith('-') || value.startsWith('+')) value = value.slice(1);
  if (value === '.inf') return sign * Infinity;
  if (value === '.nan') return NaN;
  if (value.includes(':')) {
    // Same operation order as PyYAML, so the double rounding is the same.
    let total = 0.0;
    let base = 1;
    for (const part of value.split(':').reverse()) {
      total += pyFloat(part) * base;
      base *= 60;
    }
    return sign * total;
  }
  return sign * pyFloat(value);
}

// SafeConstructor.timestamp_regexp: wider than the resolver's (one-digit month and day), it is
// what an explicit `!!timestamp` goes through.
const TIMESTAMP_PARTS =
  /^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?)?\n?$/;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

// construct_yaml_timestamp, then represent_date (isoformat) / represent_datetime (isoformat(' ')):
// the value is kept as the text PyYAML writes back, after Python's datetime range checks.
function constructTimestamp(text: string): YamlTimestamp {
  const m = TIMESTAMP_PARTS.exec(text);
  if (!m) throw new Error(`not a timestamp: ${JSON.stringify(text)}`);
  const [, y, mo, d, h, mi, s, fraction, tz, tzSign, tzHour, tzMinute] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < 1) throw new Error(`year ${year} is out of range`);
  if (month < 1 || month > 12) throw new Error('month must be in 1..12');
  if (day < 1 || day > daysInMonth(year, month)) throw new Error('day is out of range for month');
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!h) return new YamlTimestamp('date', date);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (hour > 23) throw new Error('hour must be in 0..23');
  if (minute > 59) throw new Error('minute must be in 0..59');
  if (second > 59) throw new Error('second must be in 0..59');
  // The fraction is cut to microseconds, never rounded; isoformat prints it only when non-zero.
  const micro = fraction ? Number(fraction.slice(0, 6).padEnd(6, '0')) : 0;
  let out = `${date} ${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}${micro ? `.${pad(micro, 6)}` : ''}`;
  if (tzSign) {
    const minutes = Number(tzHour) * 60 + Number(tzMinute ?? 0);
    if (minutes >= 24 * 60) throw new Error('offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24)');
    // timezone(-0) is UTC, written +00:00.
    const sign = tzSign === '-' && minutes !== 0 ? '-' : '+';
    out += `${sign}${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
  } else if (tz) {
    out += '+00:00';
  }
  return new YamlTimestamp('datetime', out);
}
