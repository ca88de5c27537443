// The time bar: two thumbs over the article dates set the window; Play slides the window forward a step at
// a time so alliances can be seen forming and breaking; All dates clears it.
import { h } from '../dom.js';
import type { TimeWindow } from '../state.js';
import { dayNumber, isoOfDay, nextPlayWindow, type TimeScale } from '../time-scale.js';

export interface TimeSlider {
  update(window: TimeWindow | null): void;
}

export function mountTimeSlider(
  root: HTMLElement,
  scale: TimeScale | null,
  onChange: (window: TimeWindow | null) => void,
): TimeSlider {
  if (!scale || scale.first === scale.last) {
    root.hidden = true;
    return { update: () => undefined };
  }
  const { first, last } = scale;
  const range = (id: string, label: string) =>
    h('input', {
      attrs: {
        type: 'range',
        id,
        min: first,
        max: last,
        step: 1,
        value: id === 'time-from' ? first : last,
        'aria-label': label,
      },
    });
  const from = range('time-from', 'Start of the time window');
  const to = range('time-to', 'End of the time window');
  const fill = h('div', { className: 'fill' });
  const label = h('div', { className: 'window-label', attrs: { id: 'time-label' } });
  const play = h('button', { attrs: { type: 'button', id: 'time-play', 'aria-pressed': 'false' } }, 'Play');
  const all = h('button', { attrs: { type: 'button', id: 'time-all' } }, 'All dates');
  root.append(play, h('div', { className: 'range' }, h('div', { className: 'track' }), fill, from, to), label, all);

  let timer: number | null = null;
  const stopPlaying = () => {
    if (timer !== null) window.clearInterval(timer);
    timer = null;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  };
  const current = (): { from: number; to: number } => {
    const a = Number(from.value);
    const b = Number(to.value);
    return a <= b ? { from: a, to: b } : { from: b, to: a };
  };
  const emit = () => {
    const w = current();
    onChange(w.from <= first && w.to >= last ? null : { from: isoOfDay(w.from), to: isoOfDay(w.to) });
  };
  from.addEventListener('input', () => {
    stopPlaying();
    emit();
  });
  to.addEventListener('input', () => {
    stopPlaying();
    emit();
  });
  all.addEventListener('click', () => {
    stopPlaying();
    onChange(null);
  });
  play.addEventListener('click', () => {
    if (timer !== null) return stopPlaying();
    const step = Math.max(1, Math.ceil((last - first) / 20));
    const w = current();
    let win: { from: number; to: number } | null = w.from <= first && w.to >= last ? null : w;
    if (win && win.to >= last) win = null;
    const tick = () => {
      const next = nextPlayWindow(scale, win, step);
      if (!next) return stopPlaying();
      win = next;
      onChange({ from: isoOfDay(next.from), to: isoOfDay(next.to) });
    };
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    tick();
    timer = window.setInterval(tick, 700);
  });

  return {
    update(window) {
      const a = window ? (dayNumber(window.from) ?? first) : first;
      const b = window ? (dayNumber(window.to) ?? last) : last;
      from.value = String(a);
      to.value = String(b);
      const span = last - first;
      fill.style.left = `${((Math.max(a, first) - first) / span) * 100}%`;
      fill.style.width = `${((Math.min(b, last) - Math.max(a, first)) / span) * 100}%`;
      label.textContent = window
        ? `${window.from} to ${window.to}`
        : `All dates (${isoOfDay(first)} to ${isoOfDay(last)})`;
      label.dataset.from = window?.from ?? '';
      label.dataset.to = window?.to ?? '';
    },
  };
}
