import { type Figure, type FunnelReport, formatFuzzyDate, type Lang } from '@impress-norway/core';
import { esc, section, sourceList } from './html';
import { STRINGS, type Strings } from './strings';

/** Chart geometry in SVG user units; the viewBox is as wide as the narrowest screen the page supports. */
export const CHART = { width: 320, rowHeight: 40, barHeight: 14, barMax: 230, labelGap: 4 };

/** A figure's number as the source gives it ("about 2,800", "40%"), or null when it gives none. */
export function formatFigure(figure: Figure | null, t: Strings): string | null {
  if (!figure || figure.value === null) return null;
  const n = figure.value.toLocaleString(t.locale);
  return t.qualifier[figure.qualifier] + (figure.unit === 'percent' ? t.percent(n) : n);
}

function barWidth(figure: Figure, maxPatients: number): number {
  const share = figure.unit === 'percent' ? (figure.value ?? 0) / 100 : (figure.value ?? 0) / maxPatients;
  return Math.max(1, Math.round(share * CHART.barMax));
}

function chart(report: FunnelReport, maxPatients: number, lang: Lang, id: string): string {
  const t = STRINGS[lang];
  const rows = report.stages.map((stage, i) => {
    const y = i * CHART.rowHeight;
    const label = `<text x="0" y="${y + 13}" class="bar-label">${esc(t.stage[stage.id])}</text>`;
    const value = formatFigure(stage.figure, t);
    if (!stage.figure || value === null)
      return `${label}<text x="0" y="${y + 32}" class="missing">${esc(t.notReported)}</text>`;
    const w = barWidth(stage.figure, maxPatients);
    // A percentage gets a light 0-100% track, so it is not read on the patients' scale.
    const track =
      stage.figure.unit === 'percent'
        ? `<rect x="0" y="${y + 20}" width="${CHART.barMax}" height="${CHART.barHeight}" class="track"/>`
        : '';
    return `${label}${track}<rect x="0" y="${y + 20}" width="${w}" height="${CHART.barHeight}" class="bar bar-${stage.id}" data-figure="${esc(stage.figure.id)}"><title>${esc(stage.figure.text[lang])}</title></rect><text x="${w + CHART.labelGap}" y="${y + 32}" class="bar-value">${esc(value)}</text>`;
  });
  const height = report.stages.length * CHART.rowHeight;
  return `<svg class="chart" id="${id}" viewBox="0 0 ${CHART.width} ${height}" role="img" aria-labelledby="${id}-t"><title id="${id}-t">${esc(t.chartLabel)}</title>${rows.join('')}</svg>`;
}

function caption(report: FunnelReport, lang: Lang, t: Strings): string {
  const s = report.snapshot;
  const cutoff =
    s.dataCutoff.value || s.dataCutoff.notBefore || s.dataCutoff.notAfter
      ? formatFuzzyDate(s.dataCutoff, lang)
      : t.cutoffUnknown;
  const note = s.dataCutoff.note ? ` ${esc(s.dataCutoff.note[lang])}` : '';
  const window = s.dataWindow && !s.dataCutoff.note ? ` ${esc(s.dataWindow[lang])}.` : '';
  return `<figcaption><p>${esc(t.dataCutoff)}: ${esc(cutoff)}.${note}${window} ${esc(t.reported)}: ${esc(formatFuzzyDate(s.reported, lang))}.</p>${sourceList(s.sources, t.source).replace('<details class="sources">', '<details class="sources" open>')}</figcaption>`;
}

function table(reports: FunnelReport[], t: Strings, lang: Lang): string {
  const head = `<tr><th scope="col">${esc(t.step)}</th>${reports.map((r) => `<th scope="col">${esc(r.snapshot.title[lang])}</th>`).join('')}</tr>`;
  const body = (reports[0]?.stages ?? [])
    .map((stage, i) => {
      const cells = reports.map((r) => {
        const v = formatFigure(r.stages[i]?.figure ?? null, t);
        return v === null ? `<td class="missing">${esc(t.notReported)}</td>` : `<td>${esc(v)}</td>`;
      });
      return `<tr><th scope="row">${esc(t.stage[stage.id])}</th>${cells.join('')}</tr>`;
    })
    .join('');
  return `<div class="table-wrap" tabindex="0" role="region" aria-labelledby="results-table-c"><table><caption id="results-table-c">${esc(t.tableCaption)}</caption><thead>${head}</thead><tbody>${body}</tbody></table></div>`;
}

/** The results as one SVG bar chart per dated report, with cut-off and sources under it, and a table. */
export function renderResults(reports: FunnelReport[], lang: Lang): string {
  const t = STRINGS[lang];
  const patients = reports.flatMap((r) => r.stages.map((s) => s.figure)).filter((f) => f && f.unit !== 'percent');
  const maxPatients = Math.max(1, ...patients.map((f) => f?.value ?? 0));
  const figures = reports.map(
    (r, i) =>
      `<figure class="report"><h3>${esc(r.snapshot.title[lang])}</h3>${chart(r, maxPatients, lang, `chart-${i}`)}${caption(r, lang, t)}</figure>`,
  );
  return section(
    'results',
    t.resultsHeading,
    `<p>${esc(t.resultsIntro)}</p>${figures.join('')}${table(reports, t, lang)}`,
  );
}
