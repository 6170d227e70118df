/** The bill comparison as a self-contained page, in the page language; statute text escaped. */
import { messages, PageLanguage } from '../messages/messages';
import { GAP_REPORT_CSS } from '../html/gap-report.css';
import { html, raw } from '../html/html';
import { ArticleChange, BillChange } from './compare-bill';

export interface ComparePageInput {
  jurisdiction: string;
  bill: { id: number; title: string };
  lawInForce: string[];
  articles: ArticleChange[];
  counts: Record<BillChange, number>;
  lang: PageLanguage;
}

export function renderComparePage(input: ComparePageInput): string {
  const m = messages(input.lang);
  const t = m.t;
  const c = input.counts;
  const rows = input.articles.map(
    (a) => html`<tr class="change-${a.change}" data-article="${a.article}" data-change="${a.change}">
  <th scope="row">${t('ui.art', { n: a.article })} — ${m.articleTitle(a.article, a.title)}</th>
  <td><span class="badge status-${a.now}">${t(`status.${a.now}`)}</span></td>
  <td><span class="badge status-${a.withBill}">${t(`status.${a.withBill}`)}</span></td>
  <td><strong>${t(`compare.${a.change}`)}</strong></td>
  <td>${a.billProvisions.length ? a.billProvisions.join(', ') : '—'}</td>
</tr>`,
  );
  return html`<!DOCTYPE html>
<html lang="${input.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('compare.title', { place: input.jurisdiction, bill: input.bill.title })}</title>
<style>${raw(GAP_REPORT_CSS)}</style>
</head>
<body>
<div class="page">
<header>
  <p class="kicker">${input.jurisdiction}</p>
  <h1>${t('compare.h1', { bill: input.bill.title })}</h1>
  <p class="intro">${t('compare.intro')}</p>
  <dl class="meta"><dt>${t('ui.meta.statutes')}</dt><dd><ul>${input.lawInForce.map((s) => html`<li><cite>${s}</cite></li>`)}</ul></dd></dl>
</header>
<main>
<section id="changes" aria-labelledby="changes-h">
<h2 id="changes-h">${t('ui.articles.h')}</h2>
<p class="lead">${t('compare.summary', { closes: c.closes, narrows: c.narrows, opens: c.opens, leaves: c.leaves })}</p>
<table class="articles">
  <thead><tr><th scope="col">${t('compare.col.article')}</th><th scope="col">${t('compare.col.now')}</th><th scope="col">${t('compare.col.withBill')}</th><th scope="col">${t('compare.col.change')}</th><th scope="col">${t('compare.col.provisions')}</th></tr></thead>
  <tbody>${rows}</tbody>
</table>
</section>
</main>
</div>
</body>
</html>
`.value;
}
