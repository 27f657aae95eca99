/** Small validators for untrusted JSON: each returns the value or throws a readable reason. */

/** Thrown for a value that breaks the expected shape; the message names the field. */
export class ShapeError extends Error {
  override name = 'ShapeError';
}

/** The field as an object (not an array), or a ShapeError. */
export function obj(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ShapeError(`${field} must be an object`);
  }
  return value as Record<string, unknown>;
}

/** The field as a string of at most `max` characters. */
export function str(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string') throw new ShapeError(`${field} must be text`);
  if (value.length > max) throw new ShapeError(`${field} is longer than ${max} characters`);
  return value;
}

/** The field as a string, or undefined when absent. */
export function optStr(value: unknown, field: string, max: number): string | undefined {
  return value === undefined ? undefined : str(value, field, max);
}

/** True when the field is `true`, undefined when absent; anything else is a ShapeError. */
export function optTrue(value: unknown, field: string): true | undefined {
  if (value === undefined) return undefined;
  if (value !== true) throw new ShapeError(`${field} must be true when present`);
  return true;
}

/** The field as one of `allowed`. */
export function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) {
    throw new ShapeError(`${field} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** The field as a whole number in [min, max]. */
export function int(value: unknown, field: string, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) {
    throw new ShapeError(`${field} must be a whole number from ${min} to ${max}`);
  }
  return value as number;
}

/** The field as an http(s) URL string. */
export function webUrl(value: unknown, field: string): string {
  const text = str(value, field, 4096);
  let protocol = '';
  try {
    protocol = new URL(text).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new ShapeError(`${field} must be an http or https address`);
  }
  return text;
}

/** The field as an ISO date-time string, returned as epoch milliseconds. */
export function isoTime(value: unknown, field: string): number {
  const text = str(value, field, 40);
  const time = Date.parse(text);
  if (!/^\d{4}-\d\d-\d\dT/.test(text) || Number.isNaN(time)) {
    throw new ShapeError(`${field} must be an ISO date and time`);
  }
  return time;
}
