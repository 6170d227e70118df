/**
 * The legislator's gap report as one self-contained HTML page: no scripts, no external assets,
 * inline CSS with print rules. Every value that comes from a statute or a request goes through
 * `html` and is escaped; only our stylesheet enters through `raw`.
 */
import { ArticleStatus, GapSeverity } from '../../matching/match.model';
import { GAP_REPORT_CSS } from './gap-report.css';
import { Allowance, buildGapReportView, GapReportInput, GapReportView, GapView, LawNow } from './gap-report-view';
import { html, joinHtml, raw, SafeHtml } from './html';

export type { GapReportInput } from './gap-report-view';

const STATUS_LABEL: Record<ArticleStatus, string> = {
  covered: 'Covered',
  partial: 'Partial',
  missing: 'Missing',
  'not-assessed': 'Not assessed',
};

const SEVERITY_LABEL: Record<GapSeverity, string> = {
  blocking: 'Blocks accession',
  coverable: 'Coverable',
  reserved: 'Covered by reservation',
  advisory: 'Advisory',
  none: 'No gap',
};

const ALLOWANCE_LABEL: Record<Allowance['kind'], string> = {
  reservation: 'Reservation',
  declaration: 'Declaration',
  designation: 'Designation',
};

const statusBadge = (s: ArticleStatus) => html`<span class="badge status-${s}">${STATUS_LABEL[s]}</span>`;
const severityBadge = (s: GapSeverity) => html`<span class="badge sev-${s}">${SEVERITY_LABEL[s]}</span>`;

/** Only plain language tags become `lang` attributes; anything odd is left out rather than trusted. */
const langAttr = (lang?: string) => (lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(lang) ? html` lang="${lang}"` : '');

/** `2, 3, 4, 7` → `2–4, 7`, for lists of article numbers. */
export function articleRanges(numbers: string[]): string {
  const out: string[] = [];
  let start: number | undefined;
  let prev: number | undefined;
  const flush = () => {
    if (start === undefined || prev === undefined) return;
    out.push(start === prev ? `${start}` : prev === start + 1 ? `${start}, ${prev}` : `${start}–${prev}`);
  };
  for (const n of numbers) {
    const v = /^\d+$/.test(n) ? Number(n) : NaN;
    if (Number.isNaN(v)) {
      flush();
      start = prev = undefined;
      out.push(n);
    } else if (prev !== undefined && v === prev + 1) prev = v;
    else {
      flush();
      start = prev = v;
    }
  }
  flush();
  return out.join(', ');
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function lawNowBlock(law: LawNow | undefined): SafeHtml {
  // a missing article's low-scoring candidates are noise to a drafter: say plainly that nothing implements it
  if (!law || law.rejected) return html`<dd>Nothing in the statutes analysed implements this article.</dd>`;
  const where = html`<cite>${law.statute}</cite>, provision <span class="cite">${law.citation}</span>`;
  const quote = law.evidence ? html`: <q class="evidence"${langAttr(law.language)}>${law.evidence}</q>` : '';
  const also = law.others.length ? html`<span class="also"> Also matched: ${law.others.join(', ')}.</span>` : '';
  return html`<dd>${where}${quote}.${also}</dd>`;
}

function requiresBlock(g: GapView): SafeHtml {
  if (!g.unmet.length) return html`<dd><ul class="reasons">${g.reasons.map((r) => html`<li>${r}</li>`)}</ul></dd>`;
  return html`<dd><ul>${g.unmet.map(
    (u) => html`<li><span class="ref">${u.where}</span> ${u.element.label}${u.finding ? html`<span class="finding">Finding: ${u.finding}</span>` : ''}</li>`,
  )}</ul></dd>`;
}

function allowanceItem(a: Allowance): SafeHtml {
  return html`<li><strong>${ALLOWANCE_LABEL[a.kind]} under ${a.basis}</strong> <span class="also">(${a.id})</span>: ${a.summary}
    <span class="finding">Covers: ${a.covers.map((e) => e.label.replace(/[.;]+$/, '')).join('; ')}.</span></li>`;
}

/** One gap: the article, what the Convention requires, what the law has now, and the way out. */
function gapCard(g: GapView): SafeHtml {
  const anchor = `gap-${g.article}`;
  let remedy: SafeHtml;
  if (g.severity === 'coverable') {
    remedy = html`<dt>Reservation or declaration</dt><dd><ul>${g.allowances.map(allowanceItem)}</ul></dd>
      <dt>Or legislate</dt><dd>${g.fix}</dd>`;
  } else {
    const partly = g.allowances.length
      ? html`<dt>A reservation or declaration can cover part</dt><dd><ul>${g.allowances.map(allowanceItem)}</ul>
          <p class="also">The rest still needs legislation.</p></dd>`
      : '';
    remedy = html`<dt>What a fix looks like</dt><dd class="fix">${g.fix}</dd>${partly}`;
  }
  return html`<article class="gap gap-${g.severity}" id="${anchor}" aria-labelledby="${anchor}-h">
  <h3 id="${anchor}-h">Art. ${g.article} — ${g.title} ${statusBadge(g.status)}</h3>
  <dl>
    <dt>The Convention requires</dt>${requiresBlock(g)}
    <dt>The law has now</dt>${lawNowBlock(g.law)}
    ${remedy}
  </dl>
</article>`;
}

function gapSection(id: string, title: string, intro: SafeHtml, gaps: GapView[], none: string): SafeHtml {
  return html`<section id="${id}" class="major" aria-labelledby="${id}-h">
<h2 id="${id}-h">${title}</h2>
<p class="intro">${intro}</p>
${gaps.length ? gaps.map(gapCard) : html`<p class="empty">${none}</p>`}
</section>`;
}

function summarySection(v: GapReportView, accessionArticle?: string): SafeHtml {
  const c = v.counts;
  const accession = accessionArticle ? ` (Art. ${accessionArticle})` : '';
  return html`<section id="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
<p class="lead">Of the ${c.assessed} articles assessed, ${c.covered} ${c.covered === 1 ? 'is' : 'are'} covered, ${c.partial} only in part and ${c.missing} not at all.
${plural(c.blocking, 'gap stands', 'gaps stand')} in the way of accession${accession};
${plural(c.coverable, 'gap', 'gaps')} can be covered by a reservation or declaration; ${plural(c.advisory, 'is', 'are')} advisory.
${v.beyond.length ? `${plural(v.beyond.length, 'provision goes', 'provisions go')} beyond the Convention.` : ''}</p>
<table class="counts">
  <caption class="intro">Articles by status and gaps by severity</caption>
  <thead><tr><th scope="col">Status</th><th scope="col">Articles</th><th scope="col">Severity of the gap</th><th scope="col">Gaps</th></tr></thead>
  <tbody>
    <tr><td>${statusBadge('covered')}</td><td class="n">${c.covered}</td><td>${severityBadge('blocking')}</td><td class="n">${c.blocking}</td></tr>
    <tr><td>${statusBadge('partial')}</td><td class="n">${c.partial}</td><td>${severityBadge('coverable')}</td><td class="n">${c.coverable}</td></tr>
    <tr><td>${statusBadge('missing')}</td><td class="n">${c.missing}</td><td>${severityBadge('advisory')}</td><td class="n">${c.advisory}</td></tr>
  </tbody>
</table>
</section>`;
}

function beyondSection(v: GapReportView): SafeHtml {
  const body = v.beyond.length
    ? html`<table class="beyond">
  <thead><tr><th scope="col">Provision</th><th scope="col">Concern</th><th scope="col">What it says</th></tr></thead>
  <tbody>${v.beyond.map(
    (b) => html`<tr><th scope="row"><span class="cite">${b.citation}</span><br><span class="also">${b.statute}</span></th><td>${b.concern}</td>
      <td><q class="evidence"${langAttr(b.language)}>${b.evidence}</q></td></tr>`,
  )}</tbody>
</table>`
    : html`<p class="empty">No provision was found that goes beyond the Convention.</p>`;
  return html`<section id="beyond" class="major" aria-labelledby="beyond-h">
<h2 id="beyond-h">Provisions beyond the Convention</h2>
<p class="intro">These provisions implement no article of the Convention and are not counted as coverage.
Offences that punish speech as such (false news, insult, defamation) restrict expression rather than fight cybercrime;
Convention bodies have flagged such provisions.</p>
${body}
</section>`;
}

function articleTable(v: GapReportView): SafeHtml {
  const gapIds = new Set([...v.blocking, ...v.coverable, ...v.advisory].map((g) => g.article));
  const rows = v.table.map(
    (group) => html`<tbody>
  <tr><th class="group" colspan="5" scope="rowgroup">${group.heading}</th></tr>
  ${group.rows.map(
    (r) => html`<tr class="is-${r.status}">
    <th scope="row">${gapIds.has(r.article) ? html`<a href="#gap-${r.article}">Art. ${r.article}</a>` : `Art. ${r.article}`}</th>
    <td>${r.title}</td>
    <td>${statusBadge(r.status)}</td>
    <td>${r.severity === 'none' ? html`<span class="badge sev-none">—</span>` : severityBadge(r.severity)}</td>
    <td class="cites">${r.citations.length ? joinHtml(r.citations.map((c) => html`<span class="nowrap">${c}</span>`), ', ') : '—'}</td>
  </tr>`,
  )}
</tbody>`,
  );
  const left = v.notAssessed.length
    ? html`<p class="intro">Not in the table: Arts. ${articleRanges(v.notAssessed)} (final clauses), which national law does not implement.</p>`
    : '';
  return html`<section id="articles" class="major" aria-labelledby="articles-h">
<h2 id="articles-h">Article by article</h2>
<table class="articles">
  <caption>Every article of the Convention's operative chapters, with the provisions the matcher cited, best first.</caption>
  <thead><tr><th scope="col">Article</th><th scope="col">Title</th><th scope="col">Status</th><th scope="col">Severity</th><th scope="col">Provisions cited</th></tr></thead>
  ${rows}
</table>
${left}
</section>`;
}

/** An origin we are willing to print and link: http(s), a host name or address, an optional port, nothing else. */
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

function methodSection(v: GapReportView, baseUrl = ''): SafeHtml {
  const origin = baseUrl.replace(/\/+$/, '');
  const json = `${ORIGIN.test(origin) ? origin : ''}/analyses/${encodeURIComponent(String(v.analysisId))}`;
  const reviewed = v.reviewedArticles.length
    ? html`<p>An expert has reviewed Arts. ${articleRanges(v.reviewedArticles)}; the other findings are machine suggestions that no one has reviewed yet.</p>`
    : html`<p><strong>These findings are machine suggestions. No expert has reviewed them yet.</strong> Check each one against the statute before relying on it.</p>`;
  return html`<section id="method" aria-labelledby="method-h">
<h2 id="method-h">Note on method</h2>
${reviewed}
<p>The Concordance team breaks each article of the Convention into elements: the conduct, the mental element, the powers and the
safeguards it requires, written in our own words. The matcher looks for each element in the provisions of the statutes analysed and
quotes the words it relied on. An article is <em>covered</em> when every required element is found, <em>partial</em> when some are,
and <em>missing</em> when no provision addresses it. Qualifiers that a Party may add by declaration are not counted as gaps.</p>
<p>A gap <em>blocks accession</em> when no reservation or declaration allows it and the article is one that States are expected to
have in national law before they are invited to accede (criminal law, procedural powers, jurisdiction). It is <em>coverable</em> when
every unmet element falls under a reservation or declaration the Convention allows. It is <em>advisory</em> when it is worth fixing but
does not block accession by itself.</p>
<p>Requirements are paraphrased, never quoted from the Convention. Quotations come from the statutes and are shortened.
Every provision considered, with the matcher's reasons, is available as data at <a class="url" href="${json}">${json}</a>.</p>
</section>`;
}

export function renderGapReport(input: GapReportInput): string {
  const v = buildGapReportView(input);
  const accession = input.instrument.articles.find((a) => /^accession/i.test(a.title))?.number;
  const place = v.jurisdictionName ? `${v.jurisdictionName} (${v.jurisdiction})` : v.jurisdiction;
  const notice = v.reviewedArticles.length
    ? ''
    : html`<p class="notice" role="note"><strong>Draft for discussion.</strong> Machine suggestions, not yet reviewed by an expert.</p>`;
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Gap report: ${place} — ${v.instrumentTitle}</title>
<style>${raw(GAP_REPORT_CSS)}</style>
</head>
<body>
<div class="page">
<header>
  <p class="kicker">Gap report · ${v.treatySeries}</p>
  <h1>${place}: how far the law is from the ${v.instrumentTitle}</h1>
  <dl class="meta">
    <dt>Jurisdiction</dt><dd>${place}</dd>
    <dt>Instrument</dt><dd>${v.instrumentTitle} (${v.treatySeries})</dd>
    <dt>Analysis</dt><dd>No. ${v.analysisId}, run ${v.date}</dd>
    <dt>Statutes analysed</dt><dd>${
      v.statutes.length
        ? html`<ul>${v.statutes.map((s) => html`<li><cite${langAttr(s.language)}>${s.title}</cite> <span class="also">(${s.language}, ${plural(s.provisions, 'provision', 'provisions')})</span></li>`)}</ul>`
        : 'none'
    }</dd>
  </dl>
  ${notice}
  <nav aria-label="Contents"><ol>
    <li><a href="#summary">Summary</a></li>
    <li><a href="#blocking">What must change</a></li>
    <li><a href="#coverable">Reservations and declarations</a></li>
    <li><a href="#advisory">Advisory</a></li>
    <li><a href="#beyond">Beyond the Convention</a></li>
    <li><a href="#articles">Article by article</a></li>
    <li><a href="#method">Method</a></li>
  </ol></nav>
</header>
<main>
${summarySection(v, accession)}
${gapSection(
  'blocking',
  'What must change before accession',
  html`Gaps that no reservation or declaration can cover. Each needs legislation before ${v.jurisdiction} can accede.`,
  v.blocking,
  'No gap blocks accession.',
)}
${gapSection(
  'coverable',
  'Gaps a reservation or declaration can cover',
  html`The Convention lets a Party make these reservations or declarations in writing at signature or when it deposits its instrument of
accession. If the reservation or declaration is not made, the gap needs legislation instead.`,
  v.coverable,
  'No gap of this kind.',
)}
${gapSection(
  'advisory',
  'Advisory',
  html`Worth fixing, but none of these blocks accession by itself.`,
  v.advisory,
  'No advisory findings.',
)}
${beyondSection(v)}
${articleTable(v)}
${methodSection(v, input.baseUrl)}
</main>
<footer>Concordance · analysis No. ${v.analysisId} of ${v.jurisdiction} · ${v.date}</footer>
</div>
</body>
</html>
`;
  return page.value;
}
