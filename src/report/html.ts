import type { ScoredStatement } from '../statements/types.js';
import type { ActorSummary, Series, Shift } from '../track/types.js';
import { POLE_COLOURS, seriesChart } from './chart.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What the report shows. */
export interface ReportData {
  readonly title: string;
  readonly generated: string;
  readonly series: readonly Series[];
  readonly shifts: readonly Shift[];
  readonly actors: readonly ActorSummary[];
  /** The statements listed (already capped by the caller). */
  readonly statements: readonly ScoredStatement[];
  /** How many statements the input had in all. */
  readonly totalStatements: number;
}

const signed = (n: number | null) => (n === null ? '—' : `${n > 0 ? '+' : ''}${n.toFixed(2)}`);

/** One self-contained HTML page: no scripts, fonts or styles from the network; prints on paper. */
export function renderReport(data: ReportData): string {
  const shiftsOf = (s: Series) => data.shifts.filter((shift) => shift.actor === s.actor && shift.target === s.target);
  const charts = data.series
    .filter((s) => s.points.some((p) => p.n > 0))
    .map((s) => {
      const n = s.points.reduce((sum, p) => sum + p.n, 0);
      const heading = s.target === null ? `${s.actor} (all statements)` : `${s.actor} → ${s.target}`;
      return `<section class="chart"><h3>${escapeHtml(heading)} <small>n = ${n}${s.coarse > 0 ? `, ${s.coarse} dated too coarsely for this interval` : ''}</small></h3>${seriesChart(s, shiftsOf(s))}</section>`;
    });
  const summaryRows = data.actors.map(
    (a) =>
      `<tr><td>${escapeHtml(a.actor)}</td><td class="num">${a.n}</td><td class="num ${poleClass(a.mean)}">${signed(a.mean)}</td><td class="num">${a.sd === null ? '—' : a.sd.toFixed(2)}</td><td>${a.first}</td><td>${a.last}</td><td class="num">${a.trend === null ? '—' : `${signed(a.trend)}/yr`}</td><td class="num">${a.trendCI === null ? '—' : `[${signed(a.trendCI[0])}, ${signed(a.trendCI[1])}]`}</td><td class="num">${data.shifts.filter((s) => s.actor === a.actor && s.target === null).length}</td></tr>`,
  );
  const statementRows = data.statements.map(
    (s) =>
      `<tr><td>${s.time.date}</td><td>${escapeHtml(s.actor ?? `? ${s.actorMention}`)}${s.target ? ` → ${escapeHtml(s.target)}` : ''}</td><td>${s.kind}</td><td class="num ${poleClass(s.stance.score)}">${s.stance.label}<br>${signed(s.stance.score)}</td><td>${highlightHtml(s)}</td><td class="source">${escapeHtml(s.source ?? s.documentId)}</td></tr>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)}</title>
<style>${STYLE}</style></head>
<body>
<header><h1>${escapeHtml(data.title)}</h1>
<p>Generated ${escapeHtml(data.generated)} by stancetrack. Stance in [−1, 1]: <span style="color:${POLE_COLOURS.engagement}">engagement</span> above zero, <span style="color:${POLE_COLOURS.confrontation}">confrontation</span> below. Points: mean per interval, area ∝ number of statements; band: 95% t interval (hidden where a point is sparse); dashed: EWMA; vertical rules: detected shifts.</p></header>
<h2>Actors</h2>
<table class="summary"><thead><tr><th>actor</th><th>n</th><th>mean</th><th>sd</th><th>first</th><th>last</th><th>trend</th><th>trend 95% CI</th><th>shifts</th></tr></thead><tbody>${summaryRows.join('')}</tbody></table>
<h2>Stance over time</h2>
${charts.join('\n')}
<h2>Statements</h2>
<p>${data.statements.length === data.totalStatements ? `All ${data.totalStatements} statements` : `${data.statements.length} of ${data.totalStatements} statements (the most recent)`}, hits marked: <mark class="eng">engagement</mark> <mark class="con">confrontation</mark>.</p>
<table class="statements"><thead><tr><th>date</th><th>actor → target</th><th>kind</th><th>stance</th><th>statement</th><th>source</th></tr></thead><tbody>${statementRows.join('')}</tbody></table>
</body></html>
`;
}

function poleClass(value: number | null): string {
  return value === null || value === 0 ? '' : value > 0 ? 'eng' : 'con';
}

function highlightHtml(statement: ScoredStatement): string {
  let out = '';
  let cursor = 0;
  for (const hit of statement.stance.hits) {
    out += escapeHtml(statement.text.slice(cursor, hit.span[0]));
    const title = `${hit.entry} (${hit.category}) ${hit.modifiers.join(', ')} → ${signed(hit.contribution)}`;
    out += `<mark class="${hit.contribution > 0 ? 'eng' : hit.contribution < 0 ? 'con' : 'zero'}" title="${escapeHtml(title)}">${escapeHtml(hit.text)}</mark>`;
    cursor = hit.span[1];
  }
  return out + escapeHtml(statement.text.slice(cursor));
}

const STYLE = `
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; max-width: 1000px; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #ddd; } h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; } h3 small { font-weight: normal; color: #666; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; } th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #eee; vertical-align: top; }
th { background: #f6f6f6; } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; } td.source { color: #666; font-size: .8rem; word-break: break-all; }
.eng { color: ${POLE_COLOURS.engagement}; } .con { color: ${POLE_COLOURS.confrontation}; }
mark.eng { background: #d6eaf8; color: inherit; border-bottom: 2px solid ${POLE_COLOURS.engagement}; } mark.con { background: #fbe3d3; color: inherit; border-bottom: 2px dashed ${POLE_COLOURS.confrontation}; } mark.zero { background: #eee; }
svg { width: 100%; height: auto; font-size: 11px; } .tick { fill: #444; } .label { fill: #444; font-size: 11px; } .pole { font-size: 11px; font-weight: 600; }
.grid { stroke: #e5e5e5; } .zero { stroke: #888; stroke-width: 1; } .axis { stroke: #888; }
.zone-engagement { fill: ${POLE_COLOURS.engagement}; fill-opacity: .04; } .zone-confrontation { fill: ${POLE_COLOURS.confrontation}; fill-opacity: .04; }
.band { fill: #888; fill-opacity: .18; } .mean { fill: none; stroke: #333; stroke-width: 1.5; } .ewma { fill: none; stroke: #333; stroke-width: 1; stroke-dasharray: 4 3; }
.point { stroke: #fff; stroke-width: 1; } .sparse { fill-opacity: .45; stroke: #333; stroke-width: .6; stroke-dasharray: 2 1; }
.shift { stroke: #000; stroke-width: 1.2; stroke-dasharray: 6 3; } .shift-label { font-size: 11px; font-weight: 600; }
.empty { color: #666; font-style: italic; }
@media print { body { margin: 0; max-width: none; font-size: 11px; } .chart { break-inside: avoid; } tr { break-inside: avoid; } mark.eng, mark.con { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;
