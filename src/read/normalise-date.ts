// Dates as found in files (ISO dates and timestamps, "28 Feb 2024", "February 28, 2024", RFC 2822) to YYYY-MM-DD,
// keeping the calendar day as written (a timestamp's own day, not converted to UTC), or null when there is none.
import * as chrono from 'chrono-node';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

export function normaliseDate(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? null
      : isoDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '' || text.length > 200) return null;
  const iso = ISO_DATE.exec(text);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const found = chrono.strict.parse(text)[0]?.start;
  if (!found || !found.isCertain('year') || !found.isCertain('month') || !found.isCertain('day')) return null;
  return isoDay(found.get('year') ?? 0, found.get('month') ?? 0, found.get('day') ?? 0);
}
