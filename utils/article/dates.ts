/** Turns the date strings pages publish into ISO 8601, keeping the precision they give. */

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function plausible(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** ISO 8601 for a page's date string, or undefined when it is not a plausible date. */
export function toIsoDate(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim();
  if (s.length < 6 || s.length > 80) return undefined;
  const m = ISO.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, tz] = m;
    if (!plausible(+y!, +mo!, +d!)) return undefined;
    if (!h) return `${y}-${mo}-${d}`;
    const zone = tz
      ? tz.toUpperCase() === 'Z'
        ? 'Z'
        : tz.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
      : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${zone}`;
  }
  const c = COMPACT.exec(s);
  if (c) {
    const [, y, mo, d, h, mi, sec] = c;
    if (!plausible(+y!, +mo!, +d!)) return undefined;
    return h ? `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}` : `${y}-${mo}-${d}`;
  }
  if (!/[a-z]{3}/i.test(s) || !/\d{4}/.test(s)) return undefined;
  const t = Date.parse(s.replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/\bat\b/i, ''));
  if (Number.isNaN(t)) return undefined;
  const date = new Date(t);
  if (!plausible(date.getFullYear(), date.getMonth() + 1, date.getDate())) return undefined;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
