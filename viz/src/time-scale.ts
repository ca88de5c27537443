// Dates on the time slider: ISO dates (or a year-month, or a year) as day numbers and back.

const DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date; a year-month counts from its first day, a year from 1 January. */
export function dayNumber(iso: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  return Number.isNaN(t) ? null : Math.floor(t / DAY);
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export interface TimeScale {
  first: number;
  last: number;
}

/** The day range the slider covers, from the sorted dates of the data; null when nothing is dated. */
export function timeScale(dates: readonly string[]): TimeScale | null {
  const days = dates.map(dayNumber).filter((d): d is number => d !== null);
  if (days.length === 0) return null;
  return { first: Math.min(...days), last: Math.max(...days) };
}

/** The next window when playing: the same width moved forward by `step` days; null once past the end. */
export function nextPlayWindow(
  scale: TimeScale,
  current: { from: number; to: number } | null,
  step: number,
): { from: number; to: number } | null {
  const span = scale.last - scale.first;
  if (!current) {
    const width = Math.max(Math.round(span / 4), Math.min(span, 7));
    return { from: scale.first, to: scale.first + width };
  }
  if (current.to >= scale.last) return null;
  const move = Math.min(step, scale.last - current.to);
  return { from: current.from + move, to: current.to + move };
}
