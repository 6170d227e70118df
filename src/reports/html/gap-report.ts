/**
 * The legislator's gap report as one self-contained HTML page: no scripts, no external assets,
 * inline CSS with print rules. Every value that comes from a statute or a request goes through
 * `html` and is escaped; only our stylesheet and our own catalogue texts enter through `raw`.
 * The page's words come from the message catalogues (data/messages), in the page language.
 */
import { Element } from '../../instruments/instrument.model';
import { ArticleStatus, GapSeverity } from '../../matching/match.model';
import type { NotInEffect } from '../../statutes/law/in-force';
import { messages, Messages } from '../messages/messages';
import { GAP_REPORT_CSS } from './gap-report.css';
import { Allowance, buildGapReportView, formatDay, GapReportInput, GapReportView, GapView, LawNow, Origin, SideBySide, SideProvision } from './gap-report-view';
import { Highlight, highlightText } from './highlight';
import { html, joinHtml, raw, SafeHtml } from './html';

export type { GapReportInput } from './gap-report-view';

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

/** Renders with one catalogue: the page's words in its language. */
class Page {
  constructor(
    readonly m: Messages,
    readonly v: GapReportView,
  ) {}

  t = (key: string, vars?: Record<string, string | number>) => this.m.t(key, vars);
  /** Catalogue text that carries our own markup (`<strong>`, `<em>`) and no placeholders. */
  trusted = (key: string) => raw(this.m.t(key));
  count = (n: number, key: string, vars: Record<string, string | number> = {}) => this.t(`${key}.${n === 1 ? 'one' : 'many'}`, { n, ...vars });

  statusBadge = (s: ArticleStatus) => html`<span class="badge status-${s}">${this.t(`status.${s}`)}</span>`;
  severityBadge = (s: GapSeverity) => html`<span class="badge sev-${s}">${this.t(`severity.${s}`)}</span>`;
  originBadge = (o: Origin) => html`<span class="origin origin-${o}">${this.t(`origin.${o}`)}</span>`;

  lawNowBlock(law: LawNow | undefined): SafeHtml {
    // a missing article's low-scoring candidates are noise to a drafter: say plainly that nothing implements it
    if (!law || law.rejected) return html`<dd>${this.t('ui.gap.nothing')}</dd>`;
    const where = html`<cite>${law.statute}</cite>, ${this.t('ui.gap.provision')} <span class="cite">${law.citation}</span>`;
    const quote = law.evidence ? html`: <q class="evidence"${langAttr(law.language)}>${law.evidence}</q>` : '';
    const also = law.others.length ? html`<span class="also"> ${this.t('ui.gap.also', { list: law.others.join(', ') })}</span>` : '';
    return html`<dd>${where}${quote}.${also}</dd>`;
  }

  requiresBlock(g: GapView): SafeHtml {
    if (!g.unmet.length) return html`<dd><ul class="reasons">${g.reasons.map((r) => html`<li>${r}</li>`)}</ul></dd>`;
    return html`<dd><ul>${g.unmet.map(
      (u) =>
        html`<li><span class="ref">${u.where}</span> ${u.element.label}${u.finding ? html`<span class="finding">${this.t('ui.gap.finding', { text: u.finding })}</span>` : ''}</li>`,
    )}</ul></dd>`;
  }

  allowanceItem(a: Allowance): SafeHtml {
    return html`<li><strong>${this.t('ui.gap.allowanceUnder', { kind: this.t(`allowance.${a.kind}`), basis: a.basis })}</strong> <span class="also">(${a.id})</span>: ${a.summary}
    <span class="finding">${this.t('ui.gap.covers', { list: a.covers.map((e) => e.label.replace(/[.;]+$/, '')).join('; ') })}</span></li>`;
  }

  notesBlock(g: GapView): SafeHtml {
    if (!g.notes.length) return html``;
    return html`<dt>${this.t('ui.gap.notes')}</dt><dd><ol class="notes">${g.notes.map(
      (n) => html`<li data-element="${n.element.id}"><strong>${n.must}.</strong>${n.note ? html` ${n.note}` : ''}
      <span class="finding">${n.where}</span>${n.instead ? html`<span class="finding">${n.instead}</span>` : ''}</li>`,
    )}</ol></dd>`;
  }

  /** One gap: the article, what the Convention requires, what the law has now, and the way out. */
  gapCard(g: GapView): SafeHtml {
    const anchor = `gap-${g.article}`;
    let remedy: SafeHtml;
    if (g.severity === 'coverable') {
      remedy = html`<dt>${this.t('ui.gap.reservation')}</dt><dd><ul>${g.allowances.map((a) => this.allowanceItem(a))}</ul></dd>
      <dt>${this.t('ui.gap.orLegislate')}</dt><dd>${g.fix}</dd>`;
    } else {
      const partly = g.allowances.length
        ? html`<dt>${this.t('ui.gap.partly')}</dt><dd><ul>${g.allowances.map((a) => this.allowanceItem(a))}</ul>
          <p class="also">${this.t('ui.gap.rest')}</p></dd>`
        : '';
      remedy = html`<dt>${this.t('ui.gap.fix')}</dt><dd class="fix">${g.fix}</dd>${partly}`;
    }
    return html`<article class="gap gap-${g.severity}" id="${anchor}" aria-labelledby="${anchor}-h">
  <h3 id="${anchor}-h">${this.t('ui.art', { n: g.article })} — ${g.title} ${this.statusBadge(g.status)}</h3>
  <p class="also">${this.t('ui.gap.origin', { origin: this.t(`origin.${g.origin}`) })} · <a href="#art-${g.article}">${this.t('ui.nav.sideBySide')}</a></p>
  <dl>
    <dt>${this.t('ui.gap.requires')}</dt>${this.requiresBlock(g)}
    <dt>${this.t('ui.gap.lawNow')}</dt>${this.lawNowBlock(g.law)}
    ${remedy}
    ${this.notesBlock(g)}
  </dl>
</article>`;
  }

  gapSection(id: 'blocking' | 'coverable' | 'advisory', gaps: GapView[]): SafeHtml {
    return html`<section id="${id}" class="major" aria-labelledby="${id}-h">
<h2 id="${id}-h">${this.t(`ui.${id}.h`)}</h2>
<p class="intro">${this.t(`ui.${id}.intro`, { jurisdiction: this.v.jurisdiction })}</p>
${gaps.length ? gaps.map((g) => this.gapCard(g)) : this.noGap(id)}
${id === 'blocking' && gaps.length ? this.unassessedBlock('ui.blocking.alsoUnassessed') : ''}
</section>`;
  }

  /** The articles that could not be assessed, and why (the reasons, not one per article). */
  unassessedBlock(key: string): SafeHtml | string {
    const open = this.v.unassessed;
    if (!open.length) return '';
    return html`<div class="unassessed"><p class="empty">${this.t(key, { n: String(open.length), ranges: articleRanges(open.map((a) => a.article)) })}</p>
<ul>${[...new Set(open.map((a) => a.reason))].slice(0, 5).map((r) => html`<li>${r}</li>`)}</ul></div>`;
  }

  /** "No gap blocks accession" only when every article could be assessed; otherwise what was not, and why. */
  noGap(id: 'blocking' | 'coverable' | 'advisory'): SafeHtml {
    if (id !== 'blocking' || !this.v.unassessed.length) return html`<p class="empty">${this.t(`ui.${id}.none`)}</p>`;
    return this.unassessedBlock('ui.blocking.unassessed') as SafeHtml;
  }

  summarySection(accessionArticle?: string): SafeHtml {
    const c = this.v.counts;
    const accession = accessionArticle ? ` (${this.t('ui.art', { n: accessionArticle })})` : '';
    const beyond = this.v.beyond.length ? this.count(this.v.beyond.length, 'ui.summary.beyond') : '';
    return html`<section id="summary" aria-labelledby="summary-h">
<h2 id="summary-h">${this.t('ui.summary.h')}</h2>
<p class="lead">${this.t('ui.summary.lead', { ...c, coveredVerb: this.t(c.covered === 1 ? 'ui.summary.is' : 'ui.summary.are') })}
${this.count(c.blocking, 'ui.summary.blocking', { accession })}
${this.count(c.coverable, 'ui.summary.coverable')} ${this.count(c.advisory, 'ui.summary.advisory')}
${beyond}</p>
<table class="counts">
  <caption class="intro">${this.t('ui.summary.caption')}</caption>
  <thead><tr><th scope="col">${this.t('ui.summary.col.status')}</th><th scope="col">${this.t('ui.summary.col.articles')}</th><th scope="col">${this.t('ui.summary.col.severity')}</th><th scope="col">${this.t('ui.summary.col.gaps')}</th></tr></thead>
  <tbody>
    <tr><td>${this.statusBadge('covered')}</td><td class="n">${c.covered}</td><td>${this.severityBadge('blocking')}</td><td class="n">${c.blocking}</td></tr>
    <tr><td>${this.statusBadge('partial')}</td><td class="n">${c.partial}</td><td>${this.severityBadge('coverable')}</td><td class="n">${c.coverable}</td></tr>
    <tr><td>${this.statusBadge('missing')}</td><td class="n">${c.missing}</td><td>${this.severityBadge('advisory')}</td><td class="n">${c.advisory}</td></tr>
  </tbody>
</table>
</section>`;
  }

  /** Highlights for the provision side: the quoted evidence of each met element. */
  provisionHighlights(p: SideProvision): Highlight[] {
    return p.met.filter((f) => f.evidence).map((f) => this.highlight(f.element, f.evidence!, cuesOf(f.element, p.language)));
  }

  highlight(e: Element | { id: string; label: string }, quote: string, focus?: string[]): Highlight {
    return { quote, element: e.id, title: `${e.id}: ${e.label}`, tag: e.id.slice(e.id.indexOf('.') + 1), focus };
  }

  /** Highlights for the Convention side: for each element met, the first of its cue phrases in its paragraph. */
  conventionHighlights(s: SideBySide, paragraph: string, text: string): Highlight[] {
    const met = new Set(s.provisions.flatMap((p) => p.met.map((f) => f.element.id)));
    const lower = text.toLowerCase();
    return s.elements
      .filter((e) => met.has(e.id) && (!e.paragraph || e.paragraph === paragraph || e.paragraph.startsWith(`${paragraph}.`)))
      .flatMap((e) => {
        const cue = [...(e.cues.en ?? [])].sort((a, b) => b.length - a.length).find((c) => lower.includes(c.toLowerCase()));
        return cue ? [this.highlight(e, cue)] : [];
      });
  }

  sideProvision(p: SideProvision): SafeHtml {
    const head = html`<p class="side-h"><span class="cite">${this.t('ui.side.provision', { citation: p.citation, statute: p.statute })}</span> ${this.originBadge(p.origin)}</p>`;
    const body = p.text
      ? html`<div class="statute-text"${langAttr(p.language)}>${highlightText(p.text, this.provisionHighlights(p)).markup}</div>`
      : html`<p class="also">${this.t('ui.side.textMissing')}</p>`;
    const met = p.met.length
      ? html`<p class="side-h">${this.t('ui.side.met')}</p><ul class="met">${p.met.map(
          (f) => html`<li><span class="ref">${f.element.id}</span> ${f.element.label}${f.evidence ? html` <span class="also">${this.t('ui.side.quoted', { quote: '' })}<q${langAttr(p.language)}>${f.evidence}</q></span>` : ''}</li>`,
        )}</ul>`
      : '';
    return html`${head}${body}${met}`;
  }

  sideArticle(s: SideBySide): SafeHtml {
    const paragraphs = html`${s.paragraphs.map(
      (p) => html`<p class="para"><span class="ref">${p.number}</span> ${highlightText(p.text, this.conventionHighlights(s, p.number, p.text)).markup}</p>`,
    )}`;
    const unmet = s.unmet.length
      ? html`<p class="side-h">${this.t('ui.side.unmet')}</p><ul class="unmet">${s.unmet.map((u) => html`<li><span class="ref">${u.where}</span> ${u.element.label}</li>`)}</ul>`
      : s.status === 'covered'
        ? html`<p class="also">${this.t('ui.side.noneUnmet')}</p>`
        : '';
    const conventionHead = this.t(s.official ? 'ui.side.official' : 'ui.side.summary', { article: s.article });
    const provisions = s.provisions.length
      ? s.provisions.map((p) => html`<div class="side-provision">${this.sideProvision(p)}</div>`)
      : html`<p class="empty">${this.t('ui.side.noProvision')}</p>`;
    const provisionHead = s.provisions.length
      ? s.provisions.map((p) => this.t('ui.side.caption', { article: s.article, citation: p.citation })).join('; ')
      : this.t('ui.art', { n: s.article });
    return html`<details id="art-${s.article}" class="side-article"${s.open ? raw(' open') : ''}>
<summary><h3 id="art-${s.article}-h">${this.t('ui.art', { n: s.article })} — ${s.title}</h3> ${this.statusBadge(s.status)} ${s.severity !== 'none' ? this.severityBadge(s.severity) : ''} ${this.originBadge(s.origin)}</summary>
<table class="side">
  <caption class="sr">${provisionHead}</caption>
  <thead><tr><th scope="col">${conventionHead}</th><th scope="col">${this.t('ui.side.provisionCol')}</th></tr></thead>
  <tbody><tr><td class="convention">${paragraphs}${unmet}</td><td class="provision">${provisions}</td></tr></tbody>
</table>
</details>`;
  }

  sideSection(): SafeHtml {
    return html`<section id="side-by-side" class="major" aria-labelledby="side-by-side-h">
<h2 id="side-by-side-h">${this.t('ui.side.h')}</h2>
<p class="intro">${this.t('ui.side.intro')}</p>
${this.v.sideBySide.map((s) => this.sideArticle(s))}
</section>`;
  }

  period(n: NotInEffect): string {
    const from = n.from ? this.t('ui.law.from', { date: formatDay(n.from, this.m.months) }) : '';
    const to = n.to ? this.t('ui.law.to', { date: formatDay(n.to, this.m.months) }) : '';
    return [from, to].filter(Boolean).join(' ') || (n.reason === 'bill' || n.reason === 'draft' ? '—' : this.t('ui.law.open'));
  }

  lawSection(): SafeHtml {
    const rows = this.v.notInEffect;
    const body = rows.length
      ? html`<table class="law">
  <thead><tr><th scope="col">${this.t('ui.law.col.what')}</th><th scope="col">${this.t('ui.law.col.why')}</th><th scope="col">${this.t('ui.law.col.period')}</th><th scope="col">${this.t('ui.law.col.source')}</th></tr></thead>
  <tbody>${rows.map(
    (n) => html`<tr data-reason="${n.reason}"><th scope="row"><cite>${n.statute}</cite>, ${n.citation ? html`<span class="cite">${n.citation}</span>` : this.t('ui.law.whole')}</th>
    <td>${this.t(`effect.${n.reason}`)}${n.note ? html`<span class="finding">${n.note}</span>` : ''}</td><td>${this.period(n)}</td><td>${n.source ?? '—'}</td></tr>`,
  )}</tbody>
</table>`
      : html`<p class="empty">${this.t('ui.law.none')}</p>`;
    return html`<section id="law" aria-labelledby="law-h">
<h2 id="law-h">${this.t('ui.law.h')}</h2>
<p class="intro">${this.t('ui.law.intro')}</p>
${body}
</section>`;
  }

  beyondSection(): SafeHtml {
    const v = this.v;
    const body = v.beyond.length
      ? html`<table class="beyond">
  <thead><tr><th scope="col">${this.t('ui.beyond.col.provision')}</th><th scope="col">${this.t('ui.beyond.col.concern')}</th><th scope="col">${this.t('ui.beyond.col.says')}</th></tr></thead>
  <tbody>${v.beyond.map(
    (b) => html`<tr><th scope="row"><span class="cite">${b.citation}</span><br><span class="also">${b.statute}</span></th><td>${b.concern}</td>
      <td><q class="evidence"${langAttr(b.language)}>${b.evidence}</q></td></tr>`,
  )}</tbody>
</table>`
      : html`<p class="empty">${this.t('ui.beyond.none')}</p>`;
    return html`<section id="beyond" class="major" aria-labelledby="beyond-h">
<h2 id="beyond-h">${this.t('ui.beyond.h')}</h2>
<p class="intro">${this.t('ui.beyond.intro')}</p>
${body}
</section>`;
  }

  articleTable(): SafeHtml {
    const v = this.v;
    const gapIds = new Set([...v.blocking, ...v.coverable, ...v.advisory].map((g) => g.article));
    const rows = v.table.map(
      (group) => html`<tbody>
  <tr><th class="group" colspan="6" scope="rowgroup">${group.heading}</th></tr>
  ${group.rows.map(
    (r) => html`<tr class="is-${r.status}">
    <th scope="row">${gapIds.has(r.article) ? html`<a href="#gap-${r.article}">${this.t('ui.art', { n: r.article })}</a>` : this.t('ui.art', { n: r.article })}</th>
    <td>${r.title}</td>
    <td>${this.statusBadge(r.status)}</td>
    <td>${r.severity === 'none' ? html`<span class="badge sev-none">—</span>` : this.severityBadge(r.severity)}</td>
    <td class="cites">${r.citations.length ? joinHtml(r.citations.map((c) => html`<span class="nowrap">${c}</span>`), ', ') : '—'}</td>
    <td>${r.origin ? this.t(`origin.${r.origin}`) : '—'}</td>
  </tr>`,
  )}
</tbody>`,
    );
    const left = v.notAssessed.length ? html`<p class="intro">${this.t('ui.articles.left', { ranges: articleRanges(v.notAssessed) })}</p>` : '';
    return html`<section id="articles" class="major" aria-labelledby="articles-h">
<h2 id="articles-h">${this.t('ui.articles.h')}</h2>
<table class="articles">
  <caption>${this.t('ui.articles.caption')}</caption>
  <thead><tr><th scope="col">${this.t('ui.articles.col.article')}</th><th scope="col">${this.t('ui.articles.col.title')}</th><th scope="col">${this.t('ui.articles.col.status')}</th><th scope="col">${this.t('ui.articles.col.severity')}</th><th scope="col">${this.t('ui.articles.col.cited')}</th><th scope="col">${this.t('ui.articles.col.origin')}</th></tr></thead>
  ${rows}
</table>
${left}
</section>`;
  }

  methodSection(baseUrl = ''): SafeHtml {
    const v = this.v;
    const origin = baseUrl.replace(/\/+$/, '');
    const base = ORIGIN.test(origin) ? origin : '';
    const json = `${base}/analyses/${encodeURIComponent(String(v.analysisId))}`;
    const code = encodeURIComponent(v.jurisdiction);
    const exportLinks = ['csv', 'xlsx', 'docx'].map((ext) => html`<a class="url" href="${base}/jurisdictions/${code}/correspondence.${ext}">${ext.toUpperCase()}</a>`);
    const reviewed = v.reviewedArticles.length
      ? html`<p>${this.t('ui.method.reviewed', { ranges: articleRanges(v.reviewedArticles) })}</p>`
      : html`<p>${this.trusted('ui.method.unreviewed')}</p>`;
    return html`<section id="method" aria-labelledby="method-h">
<h2 id="method-h">${this.t('ui.method.h')}</h2>
${reviewed}
<p>${this.trusted('ui.method.p1')}</p>
<p>${this.trusted('ui.method.p2')}</p>
<p>${this.t('ui.method.p3')} ${this.t('ui.method.data')} <a class="url" href="${json}">${json}</a>.
${this.t('ui.method.exports')} ${joinHtml(exportLinks, ', ')}; OSCAL: <a class="url" href="${base}/jurisdictions/${code}/mapping.oscal.json">mapping.oscal.json</a>.</p>
</section>`;
  }

  statutesList(): SafeHtml {
    const v = this.v;
    if (!v.statutes.length) return html`${this.t('ui.meta.none')}`;
    return html`<ul>${v.statutes.map((s) => {
      const version =
        s.version !== undefined
          ? s.versionDate
            ? `, ${this.t('ui.meta.versionDated', { version: s.version, date: formatDay(s.versionDate, this.m.months) })}`
            : `, ${this.t('ui.meta.version', { version: s.version })}`
          : '';
      return html`<li><cite${langAttr(s.language)}>${s.title}</cite> <span class="also">(${s.language}, ${s.provisions} ${this.t(s.provisions === 1 ? 'ui.provisions.one' : 'ui.provisions.many')}${version})</span></li>`;
    })}</ul>`;
  }
}

/** The element's cue phrases in the statute's language (English when it has none). */
function cuesOf(e: Element | { id: string; label: string }, language?: string): string[] {
  const cues = (e as Element).cues as Record<string, string[]> | undefined;
  if (!cues) return [];
  return cues[language ?? 'en'] ?? cues.en ?? [];
}

/** An origin we are willing to print and link: http(s), a host name or address, an optional port, nothing else. */
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

export function renderGapReport(input: GapReportInput): string {
  const v = buildGapReportView(input);
  const m = messages(v.lang);
  const p = new Page(m, v);
  const t = p.t;
  const accession = input.instrument.articles.find((a) => /^accession/i.test(a.title))?.number;
  const place = v.jurisdictionName ? `${v.jurisdictionName} (${v.jurisdiction})` : v.jurisdiction;
  const notice = v.reviewedArticles.length ? '' : html`<p class="notice" role="note">${p.trusted('ui.notice')}</p>`;
  const nav = (['summary', 'blocking', 'coverable', 'advisory', 'side-by-side', 'law', 'beyond', 'articles', 'method'] as const).map((id) => {
    const key = id === 'side-by-side' ? 'sideBySide' : id;
    return html`<li><a href="#${id}">${t(`ui.nav.${key}`)}</a></li>`;
  });
  const page = html`<!DOCTYPE html>
<html lang="${v.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${t('ui.title', { place, instrument: v.instrumentTitle })}</title>
<style>${raw(GAP_REPORT_CSS)}</style>
</head>
<body>
<div class="page">
<header>
  <p class="kicker">${t('ui.kicker', { series: v.treatySeries })}</p>
  <h1>${t('ui.h1', { place, instrument: v.instrumentTitle })}</h1>
  <dl class="meta">
    <dt>${t('ui.meta.jurisdiction')}</dt><dd>${place}</dd>
    <dt>${t('ui.meta.instrument')}</dt><dd>${v.instrumentTitle} (${v.treatySeries})</dd>
    <dt>${t('ui.meta.analysis')}</dt><dd>${t('ui.meta.analysisValue', { id: v.analysisId, date: v.date })}</dd>
    ${v.asAt ? html`<dt>${t('ui.meta.asAt')}</dt><dd>${formatDay(v.asAt, m.months)}</dd>` : ''}
    <dt>${t('ui.meta.statutes')}</dt><dd>${p.statutesList()}</dd>
  </dl>
  ${notice}
  <nav aria-label="${t('ui.nav.label')}"><ol>${nav}</ol></nav>
</header>
<main>
${p.summarySection(accession)}
${p.gapSection('blocking', v.blocking)}
${p.gapSection('coverable', v.coverable)}
${p.gapSection('advisory', v.advisory)}
${p.sideSection()}
${p.lawSection()}
${p.beyondSection()}
${p.articleTable()}
${p.methodSection(input.baseUrl)}
</main>
<footer>${t('ui.footer', { id: v.analysisId, jurisdiction: v.jurisdiction, date: v.date })}</footer>
</div>
</body>
</html>
`;
  return page.value;
}
