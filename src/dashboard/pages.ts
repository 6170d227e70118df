/** Server-rendered pages of the dashboard and the matrix: no scripts, every value escaped, printable. */
import { html, raw, SafeHtml } from '../reports/html/html';
import { DASHBOARD_CSS } from './dashboard.css';
import { DashboardQuery, DashboardRow, Matrix, SORT_KEYS, SortKey, STAGES, TreatyStage } from './dashboard.view';

const STAGE_LABEL: Record<TreatyStage, string> = {
  'in-force': 'Party (in force)',
  ratified: 'ratified or acceded, not yet in force',
  signed: 'signed',
  invited: 'invited to accede',
  unknown: 'nothing on record',
};

/** Symbol and words per article status; the words are always printed, the symbol helps scanning. */
export const STATUS_MARK: Record<string, { symbol: string; label: string }> = {
  covered: { symbol: '✓', label: 'covered' },
  partial: { symbol: '◐', label: 'partial' },
  missing: { symbol: '✗', label: 'missing' },
  'covered-by-reservation': { symbol: 'R', label: 'covered by reservation' },
  'not-assessed': { symbol: '–', label: 'not assessed' },
};
const mark = (status: string) => STATUS_MARK[status] ?? { symbol: '?', label: status };

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'code', label: 'Code' },
  { key: 'name', label: 'Name' },
  { key: 'region', label: 'Region' },
  { key: 'stage', label: 'Treaty status' },
  { key: 'invitation', label: 'Invitation expires' },
  { key: 'readiness', label: 'Readiness' },
  { key: 'blocking', label: 'Blocking gaps' },
  { key: 'analysed', label: 'Last analysis' },
  { key: 'review', label: 'Reviewed by an expert' },
];

function page(title: string, body: SafeHtml): string {
  return html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="alternate" type="application/atom+xml" title="Changes" href="/changes.atom"><style>${raw(DASHBOARD_CSS)}</style></head>
<body><main class="page">${body}</main></body></html>`.toString();
}

function queryString(q: DashboardQuery, change: Partial<DashboardQuery>): string {
  const merged = { ...q, ...change };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) if (v) params.set(k, String(v));
  return `?${params.toString()}`;
}

const pct = (share: number | null) => (share === null ? null : `${Math.round(share * 100)} %`);

export function renderDashboard(data: { items: DashboardRow[]; total: number; asOf: string; query: DashboardQuery; regions: string[] }): string {
  const q = data.query;
  const expiring = data.items.filter((r) => r.invitation.expiresSoon);
  const header = COLUMNS.map((c) => {
    const current = q.sort === c.key;
    const next = current && q.order === 'asc' ? 'desc' : 'asc';
    const aria = current ? (q.order === 'asc' ? 'ascending' : 'descending') : null;
    return html`<th scope="col"${aria ? raw(` aria-sort="${aria}"`) : ''}><a href="${queryString(q, { sort: c.key, order: next })}">${c.label}</a>${current ? (q.order === 'asc' ? ' ▲' : ' ▼') : ''}</th>`;
  });
  const option = (value: string, label: string, selected: string | undefined) => html`<option value="${value}"${selected === value ? raw(' selected') : ''}>${label}</option>`;
  const rows = data.items.map((r) => {
    const inv = r.invitation;
    const treaty = [r.treaty.ratification && `ratified or acceded ${r.treaty.ratification}`, r.treaty.entryIntoForce && `in force ${r.treaty.entryIntoForce}`, r.treaty.signature && `signed ${r.treaty.signature}`].filter(Boolean);
    return html`<tr data-code="${r.code}">
<td><a href="/jurisdictions/${r.code}/treaty-status">${r.code}</a></td>
<td>${r.name ?? html`<span class="muted">no ISO name</span>`}</td>
<td>${r.region ?? ''}</td>
<td class="stage">${STAGE_LABEL[r.treaty.stage]}${treaty.length ? html`<br><span class="muted">${treaty.join('; ')}</span>` : ''}${r.treaty.asOf ? html`<br><span class="muted">as of ${r.treaty.asOf}</span>` : ''}</td>
<td>${inv.takenUp ? html`<span class="muted">taken up: acceded ${inv.takenUp}</span>` : inv.expires ? html`<span class="${inv.lapsed ? 'lapsed' : inv.expiresSoon ? 'warn' : ''}">${inv.expires}</span> ${inv.lapsed ? '(lapsed)' : inv.expiresSoon ? '(expires within six months)' : ''}` : inv.source ? html`<span class="muted">invited, date unknown</span>` : ''}</td>
<td class="readiness">${r.readiness ? html`<ul class="why">${r.readiness.explanation.slice(0, r.readiness.coveredByReservation.length ? 4 : 3).map((line) => html`<li>${line}</li>`)}</ul>${r.treatyApplication !== 'unknown' ? html`<span class="muted">${r.treatyApplicationNote}</span>` : ''}` : html`<span class="muted">not analysed</span>`}</td>
<td class="n blocking">${r.blockingGaps ?? '–'}</td>
<td>${r.lastAnalysis ? html`<a href="/analyses/${r.lastAnalysis.id}/report">${r.lastAnalysis.at.slice(0, 10)}</a>` : '–'}</td>
<td class="n">${pct(r.reviewShare) ?? '–'}</td>
</tr>`;
  });
  return page(
    'Treaty offices: jurisdictions and accession readiness',
    html`<h1>Jurisdictions and accession readiness</h1>
<p class="meta">${data.total} jurisdictions · treaty status for ${q.instrument} · as of ${data.asOf} · <a href="/dashboard.json${queryString(q, {})}">JSON</a> · <a href="/matrix?instrument=${q.instrument}">article × jurisdiction matrix</a> · <a href="/changes.atom">changes (Atom)</a></p>
<p class="meta">Readiness is read from each jurisdiction's latest analysis: blocking gaps in the national-measures chapter, co-operation channel gaps, gaps a reservation or declaration can cover, and expert review. A State missing from the treaty tables is unknown, never "not a Party".</p>
${expiring.length ? html`<p class="notice"><strong>Invitations to accede lapsing within six months:</strong> ${expiring.map((r, i) => html`${i ? ', ' : ''}${r.name ?? r.code} (${r.code}) on ${r.invitation.expires}`)}</p>` : ''}
<form class="filters" method="get" action="/dashboard">
<label>Name or code <input type="search" name="q" value="${q.q ?? ''}"></label>
<label>Region <select name="region">${option('', 'all', q.region ?? '')}${data.regions.map((g) => option(g, g, q.region))}</select></label>
<label>Treaty status <select name="stage">${option('', 'all', q.stage ?? '')}${STAGES.map((s) => option(s, STAGE_LABEL[s], q.stage))}</select></label>
<label>Analysed <select name="analysed">${option('', 'all', q.analysed ?? '')}${option('yes', 'yes', q.analysed)}${option('no', 'no', q.analysed)}</select></label>
<label>Sort by <select name="sort">${SORT_KEYS.map((k) => option(k, COLUMNS.find((c) => c.key === k)!.label, q.sort))}</select></label>
<label>Order <select name="order">${option('asc', 'ascending', q.order)}${option('desc', 'descending', q.order)}</select></label>
<input type="hidden" name="instrument" value="${q.instrument}">
<button type="submit">Apply</button>
</form>
<table class="dashboard"><caption class="muted">Sorted by ${COLUMNS.find((c) => c.key === q.sort)!.label.toLowerCase()}, ${q.order === 'asc' ? 'ascending' : 'descending'}</caption>
<thead><tr>${header}</tr></thead><tbody>${rows}</tbody></table>`,
  );
}

export function renderMatrix(m: Matrix): string {
  const legend = Object.values(STATUS_MARK).map((s) => html`<li><span aria-hidden="true">${s.symbol}</span> ${s.label}</li>`);
  const head = m.jurisdictions.map((j) => html`<th scope="col" title="${j.name ?? ''}">${j.code}</th>`);
  const rows = m.articles.map(
    (a) => html`<tr><th scope="row" class="art">Art. ${a.number} <span class="muted">${a.title}</span></th>${a.cells.map((c, i) =>
      c
        ? html`<td class="cell st-${c.status}"><a href="${c.href}" title="${m.jurisdictions[i].code}, Art. ${a.number}: ${mark(c.status).label}${c.severity !== 'none' ? `, ${c.severity}` : ''}"><span aria-hidden="true">${mark(c.status).symbol}</span> ${mark(c.status).label}</a></td>`
        : html`<td class="cell"><span class="muted">–</span></td>`,
    )}</tr>`,
  );
  return page(
    `Article × jurisdiction: ${m.instrument}`,
    html`<h1>Article × jurisdiction (${m.instrument})</h1>
<p class="meta">${m.jurisdictions.length} jurisdictions, latest analysis of each · <a href="/matrix.json?instrument=${m.instrument}">JSON</a> · <a href="/dashboard">dashboard</a></p>
<ul class="legend">${legend}</ul>
${m.jurisdictions.length ? html`<table class="matrix"><thead><tr><th scope="col">Article</th>${head}</tr></thead><tbody>${rows}</tbody></table>` : html`<p class="muted">No jurisdiction has an analysis of ${m.instrument} yet.</p>`}`,
  );
}
