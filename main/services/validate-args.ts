/**
 * Checks on what the renderer sends. Arguments arrive over IPC or HTTP as plain data that no type
 * checker has seen, so every handler checks them first and fails with a message naming the operation
 * and the argument.
 */
import { isAbsolute } from 'node:path';
import type { EstimatedMark } from '../../shared/api.js';

/** What a value is, for messages: `null`, `array` or its `typeof`. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** Checks that an operation got no argument. */
export function requireNoArgument(op: string, value: unknown): void {
  if (value !== undefined && value !== null) throw new Error(`${op}: takes no argument, got ${kindOf(value)}`);
}

/** Checks that an operation's argument is an object holding only the given keys; returns it. */
export function requireRecord(op: string, value: unknown, keys: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${op}: the argument must be an object, got ${kindOf(value)}`);
  }
  const unknown = Object.keys(value).filter((key) => !keys.includes(key));
  if (unknown.length) throw new Error(`${op}: unexpected argument ${unknown.map((k) => `"${k}"`).join(', ')}`);
  return value as Record<string, unknown>;
}

/** A required string argument. */
export function requireString(op: string, value: unknown, name: string): string {
  if (typeof value !== 'string') throw new Error(`${op}: "${name}" must be a string, got ${kindOf(value)}`);
  return value;
}

/** A string argument that may be left out (undefined or null). */
export function optionalString(op: string, value: unknown, name: string): string | undefined {
  return value === undefined || value === null ? undefined : requireString(op, value, name);
}

/** An absolute path argument that may be left out (undefined or null). */
export function optionalAbsolutePath(op: string, value: unknown, name: string): string | undefined {
  const path = optionalString(op, value, name);
  if (path !== undefined && !isAbsolute(path)) throw new Error(`${op}: "${name}" must be an absolute path, got "${path}"`);
  return path;
}

/** A required absolute path argument. */
export function requireAbsolutePath(op: string, value: unknown, name: string): string {
  const path = requireString(op, value, name);
  if (!isAbsolute(path)) throw new Error(`${op}: "${name}" must be an absolute path, got "${path.slice(0, 200)}"`);
  return path;
}

/** A required list of at most `max` strings (speaker names). */
export function requireNames(op: string, value: unknown, name: string, max: number): string[] {
  if (!Array.isArray(value)) throw new Error(`${op}: "${name}" must be an array, got ${kindOf(value)}`);
  if (value.length > max) throw new Error(`${op}: "${name}" has ${value.length} entries, at most ${max}`);
  return value.map((entry, i) => requireString(op, entry, `${name}[${i}]`));
}

/** A SHA-256 in hex (64 lowercase hex digits) that may be left out (undefined or null). */
export function optionalHash(op: string, value: unknown, name: string): string | undefined {
  const hash = optionalString(op, value, name);
  if (hash !== undefined && !/^[0-9a-f]{64}$/.test(hash)) throw new Error(`${op}: "${name}" must be a SHA-256 in hex, got "${hash.slice(0, 80)}"`);
  return hash;
}

/** A boolean argument that may be left out (undefined or null). */
export function optionalBoolean(op: string, value: unknown, name: string): boolean | undefined {
  return value === undefined || value === null ? undefined : requireBoolean(op, value, name);
}

/** A required finite number argument. */
export function requireNumber(op: string, value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${op}: "${name}" must be a number, got ${kindOf(value)}`);
  return value;
}

/** A required boolean argument. */
export function requireBoolean(op: string, value: unknown, name: string): boolean {
  if (typeof value !== 'boolean') throw new Error(`${op}: "${name}" must be true or false, got ${kindOf(value)}`);
  return value;
}

/** A required argument that must be one of a few strings. */
export function requireOneOf<T extends string>(op: string, value: unknown, name: string, allowed: readonly T[]): T {
  const text = requireString(op, value, name);
  if (!(allowed as readonly string[]).includes(text)) {
    throw new Error(`${op}: "${name}" must be one of ${allowed.join(', ')}, got "${text}"`);
  }
  return text as T;
}

/** An optional list of estimated-time marks (`{ index, sec }`, at most `max`); an empty list when left out. */
export function optionalEstimatedMarks(op: string, value: unknown, name: string, max: number): EstimatedMark[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Error(`${op}: "${name}" must be an array, got ${kindOf(value)}`);
  if (value.length > max) throw new Error(`${op}: "${name}" holds ${value.length} marks, more than ${max}`);
  return value.map((mark: unknown, i) => {
    const req = requireRecord(op, mark, ['index', 'sec']);
    const index = requireNumber(op, req.index, `${name}[${i}].index`);
    const sec = requireNumber(op, req.sec, `${name}[${i}].sec`);
    if (!Number.isSafeInteger(index) || index < 0) throw new Error(`${op}: "${name}[${i}].index" must be a whole number from 0, got ${index}`);
    if (sec < 0) throw new Error(`${op}: "${name}[${i}].sec" must not be negative, got ${sec}`);
    return { index, sec };
  });
}
