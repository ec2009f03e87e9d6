import { scaleLinear, scaleSqrt, scaleUtc } from 'd3-scale';
import { area, line } from 'd3-shape';
import { utcFormat } from 'd3-time-format';
import type { Series, Shift } from '../track/types.js';
import { escapeHtml } from './html.js';

/** Okabe–Ito blue and vermillion-orange: distinguishable with every common colour-vision deficiency. */
export const POLE_COLOURS = { engagement: '#0072B2', confrontation: '#D55E00', neutral: '#777777' } as const;

const WIDTH = 760;
const HEIGHT = 240;
const MARGIN = { top: 16, right: 24, bottom: 36, left: 52 };

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * One series as an SVG chart: the mean per interval (points sized by n, coloured by pole), its 95%
 * interval as a band, the EWMA as a dashed line, shifts as labelled rules, and gaps where n = 0.
 * Scales, ticks and paths come from d3-scale and d3-shape.
 */
export function seriesChart(series: Series, shifts: readonly Shift[]): string {
  const filled = series.points.filter((p) => p.n > 0);
  const first = series.points[0];
  const last = series.points.at(-1);
  if (first === undefined || last === undefined || filled.length === 0) return '<p class="empty">No dated statements at this interval.</p>';
  const mid = (start: string, end: string) => new Date((day(start).getTime() + day(end).getTime()) / 2);
  const x = scaleUtc()
    .domain([day(first.start), day(last.end)])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear().domain([-1, 1]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const r = scaleSqrt()
    .domain([0, Math.max(...filled.map((p) => p.n))])
    .range([0, 9]);
  const band = area<(typeof series.points)[number]>()
    .defined((p) => p.ci !== null && !p.sparse)
    .x((p) => x(mid(p.start, p.end)))
    .y0((p) => y(p.ci?.[0] ?? 0))
    .y1((p) => y(p.ci?.[1] ?? 0));
  const meanLine = line<(typeof series.points)[number]>()
    .defined((p) => p.mean !== null)
    .x((p) => x(mid(p.start, p.end)))
    .y((p) => y(p.mean ?? 0));
  const ewmaLine = line<(typeof series.points)[number]>()
    .defined((p) => p.ewma !== null)
    .x((p) => x(mid(p.start, p.end)))
    .y((p) => y(p.ewma ?? 0));
  const ticks = x.ticks(Math.min(8, series.points.length));
  const format = series.interval === 'year' ? utcFormat('%Y') : series.interval === 'day' || series.interval === 'week' ? utcFormat('%d %b %Y') : utcFormat('%b %Y');
  const yTicks = [-1, -0.5, 0, 0.5, 1];
  const parts = [
    `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(`Stance of ${series.actor}${series.target ? ` toward ${series.target}` : ''} per ${series.interval}`)}">`,
    `<rect x="${MARGIN.left}" y="${y(1)}" width="${WIDTH - MARGIN.left - MARGIN.right}" height="${y(0) - y(1)}" class="zone-engagement"/>`,
    `<rect x="${MARGIN.left}" y="${y(0)}" width="${WIDTH - MARGIN.left - MARGIN.right}" height="${y(-1) - y(0)}" class="zone-confrontation"/>`,
    ...yTicks.map((t) => `<line class="grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(t)}" y2="${y(t)}"/><text class="tick" x="${MARGIN.left - 8}" y="${y(t) + 4}" text-anchor="end">${t > 0 ? '+' : ''}${t}</text>`),
    `<line class="zero" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(0)}" y2="${y(0)}"/>`,
    ...ticks.map((t) => `<line class="axis" x1="${x(t)}" x2="${x(t)}" y1="${HEIGHT - MARGIN.bottom}" y2="${HEIGHT - MARGIN.bottom + 5}"/><text class="tick" x="${x(t)}" y="${HEIGHT - MARGIN.bottom + 18}" text-anchor="middle">${format(t)}</text>`),
    `<text class="label" x="14" y="${MARGIN.top + 4}" transform="rotate(-90 14 ${MARGIN.top + 4})" text-anchor="end">stance</text>`,
    `<text class="pole" x="${MARGIN.left + 6}" y="${y(1) + 14}" fill="${POLE_COLOURS.engagement}">engagement ▲</text>`,
    `<text class="pole" x="${MARGIN.left + 6}" y="${y(-1) - 6}" fill="${POLE_COLOURS.confrontation}">confrontation ▼</text>`,
    `<path class="band" d="${band(series.points) ?? ''}"/>`,
    `<path class="mean" d="${meanLine(series.points) ?? ''}"/>`,
    `<path class="ewma" d="${ewmaLine(series.points) ?? ''}"/>`,
    ...shifts.map((s) => {
      const at = x(day(s.at));
      return `<line class="shift" x1="${at}" x2="${at}" y1="${MARGIN.top}" y2="${HEIGHT - MARGIN.bottom}"/><text class="shift-label" x="${at + 4}" y="${MARGIN.top + 10}">shift ${s.effect > 0 ? '+' : ''}${s.effect.toFixed(2)}</text>`;
    }),
    ...filled.map((p) => {
      const mean = p.mean ?? 0;
      const colour = mean > 0 ? POLE_COLOURS.engagement : mean < 0 ? POLE_COLOURS.confrontation : POLE_COLOURS.neutral;
      const title = `${p.start} – ${p.end}: mean ${mean.toFixed(2)}, n ${p.n}${p.ci ? `, 95% CI [${p.ci[0].toFixed(2)}, ${p.ci[1].toFixed(2)}]` : ''}${p.sparse ? ' (sparse)' : ''}`;
      return `<circle cx="${x(mid(p.start, p.end))}" cy="${y(mean)}" r="${Math.max(2.5, r(p.n))}" fill="${colour}" class="${p.sparse ? 'sparse' : 'point'}"><title>${escapeHtml(title)}</title></circle>`;
    }),
    '</svg>',
  ];
  return parts.join('');
}
