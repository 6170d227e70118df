/**
 * The gap report's stylesheet, inlined in the page (the Content-Security-Policy allows inline
 * styles and nothing else). Status and severity are always written out in words; colour and border
 * style only reinforce them, so the page reads the same in greyscale and on a black-and-white printer.
 */
export const GAP_REPORT_CSS = `
:root {
  --ink: #1a1a1a; --muted: #555; --rule: #c8c8c8; --paper: #fff; --tint: #f5f5f2;
  --missing: #8b1a1a; --partial: #8a5a00; --covered: #1d6b3a; --coverable: #24528a;
}
* { box-sizing: border-box; }
html { font-size: 100%; }
body {
  margin: 0; color: var(--ink); background: var(--paper);
  font-family: Georgia, "Times New Roman", "DejaVu Serif", serif; font-size: 1.0625rem; line-height: 1.55;
}
h1, h2, h3, caption, th, .badge, nav, .kicker, .meta dt, .gap dt, .counts, footer {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
}
.page { max-width: 62rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
.kicker { margin: 0; font-size: .85rem; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); }
h1 { font-size: 2rem; line-height: 1.2; margin: .3rem 0 1rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 .75rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 0 0 .6rem; line-height: 1.35; }
p { margin: .5rem 0; }
a { color: #1f4e8c; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1rem; }
.meta dt { font-weight: 600; color: var(--muted); font-size: .9rem; padding-top: .15rem; }
.meta dd { margin: 0; }
.meta ul { margin: 0; padding-left: 1.1rem; }
.notice { border: 2px solid var(--ink); padding: .6rem .9rem; background: var(--tint); margin: 1rem 0; }
.notice strong { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, "DejaVu Sans", sans-serif; }
nav { border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); padding: .5rem 0; margin: 1rem 0 0; font-size: .95rem; }
nav ol { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0; padding: 0; list-style: none; }
.lead { font-size: 1.15rem; }
.counts { border-collapse: collapse; margin: 1rem 0; font-size: .95rem; }
.counts caption { text-align: left; padding-bottom: .3rem; }
.counts th, .counts td { border: 1px solid var(--rule); padding: .35rem .7rem; text-align: left; }
.counts td.n { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
.counts thead th { background: var(--tint); }
.empty { font-style: italic; color: var(--muted); }
.intro { color: var(--muted); }

/* Status and severity labels: words first; border style differs too, for greyscale. */
.badge {
  display: inline-block; font-size: .78rem; font-weight: 700; line-height: 1.2; padding: .12rem .45rem;
  border-radius: .2rem; vertical-align: .12em; white-space: nowrap; border: 1.5px solid currentColor;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
.status-missing { background: var(--missing); border-color: var(--missing); color: #fff; }
.status-partial { color: var(--partial); background: #fdf3dc; border-style: dashed; }
.status-covered { color: var(--covered); background: #e8f4ec; }
.status-not-assessed { color: var(--muted); border-style: dotted; font-weight: 400; }
.sev-blocking { background: var(--ink); border-color: var(--ink); color: #fff; }
.sev-coverable { color: var(--coverable); border-style: dashed; }
.sev-advisory { color: var(--muted); border-style: dotted; font-style: italic; }
.sev-none { border-color: transparent; color: var(--muted); font-weight: 400; }

/* One card per gap */
.gap { border-left: 6px solid var(--ink); padding: .8rem 0 .8rem 1rem; margin: 1.25rem 0; break-inside: avoid; page-break-inside: avoid; }
.gap-blocking { border-left-color: var(--missing); border-left-style: solid; }
.gap-coverable { border-left-color: var(--coverable); border-left-style: dashed; }
.gap-advisory { border-left-color: #888; border-left-style: dotted; }
.gap h3 .badge { margin-left: .35rem; }
.gap dl { margin: 0; display: grid; grid-template-columns: 12rem 1fr; gap: .45rem 1rem; }
.gap dt { font-weight: 600; font-size: .88rem; color: var(--muted); padding-top: .2rem; }
.gap dd { margin: 0; }
.gap ul { margin: 0; padding-left: 1.1rem; }
.gap li + li { margin-top: .25rem; }
.ref { font-family: system-ui, -apple-system, "Segoe UI", Arial, "DejaVu Sans", sans-serif; font-size: .85rem; font-weight: 600; white-space: nowrap; }
.finding { display: block; color: var(--muted); font-size: .92rem; }
.cite { font-weight: 600; }
.gap cite, .beyond cite { font-style: normal; }
q.evidence { font-style: italic; quotes: "\\201C" "\\201D"; }
.also { color: var(--muted); font-size: .92rem; }
.fix { font-weight: 600; }
.reasons { color: var(--muted); font-size: .92rem; }

/* Beyond the Convention */
.beyond { border-collapse: collapse; width: 100%; font-size: .95rem; }
.beyond th, .beyond td { border-bottom: 1px solid var(--rule); padding: .45rem .5rem; text-align: left; vertical-align: top; }
.beyond thead th { border-bottom: 2px solid var(--ink); }

/* Article by article */
.articles { border-collapse: collapse; width: 100%; font-size: .93rem; }
.articles caption { text-align: left; color: var(--muted); font-size: .9rem; padding-bottom: .4rem; }
.articles th, .articles td { border-bottom: 1px solid var(--rule); padding: .35rem .5rem; text-align: left; vertical-align: top; }
.articles thead th { border-bottom: 2px solid var(--ink); font-size: .85rem; }
.articles tbody th.group { background: var(--tint); font-size: .88rem; padding-top: .6rem; border-bottom: 1px solid var(--ink); }
.articles th[scope="row"] { white-space: nowrap; }
.articles .cites { font-variant-numeric: tabular-nums; }
.nowrap { white-space: nowrap; }
.articles tr.is-not-assessed td, .articles tr.is-not-assessed th { color: var(--muted); }

/* Side by side: the Convention on the left, the national provision on the right */
details.side-article { border-top: 1px solid var(--rule); padding: .5rem 0; }
details.side-article > summary { cursor: pointer; list-style-position: outside; margin-left: 1.1rem; }
details.side-article > summary h3 { display: inline; margin: 0 .4rem 0 0; }
.side { border-collapse: collapse; width: 100%; table-layout: fixed; margin: .6rem 0 .4rem; font-size: .95rem; }
.side th, .side td { border: 1px solid var(--rule); padding: .5rem .65rem; vertical-align: top; text-align: left; }
.side thead th { background: var(--tint); font-size: .85rem; }
.side .para { margin: 0 0 .5rem; }
.statute-text { white-space: pre-wrap; font-size: .95rem; }
.side-provision + .side-provision { border-top: 1px dashed var(--rule); margin-top: .6rem; padding-top: .6rem; }
.side-h { font-family: system-ui, -apple-system, "Segoe UI", Arial, "DejaVu Sans", sans-serif; font-size: .85rem; font-weight: 700; margin: .6rem 0 .2rem; }
.side ul { margin: 0; padding-left: 1.1rem; }
/* highlighted evidence: a yellow ground and an underline, and the element written out after it */
mark { background: #fff0a8; color: inherit; border-bottom: 2px solid #7a5c00; padding: 0 .1em; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.el-tag { font-family: system-ui, -apple-system, "Segoe UI", Arial, "DejaVu Sans", sans-serif; font-size: .72rem; font-weight: 700; color: #5a4300; }
.origin { font-size: .78rem; border: 1px dotted currentColor; padding: .05rem .35rem; border-radius: .2rem; white-space: nowrap; font-family: system-ui, -apple-system, "Segoe UI", Arial, "DejaVu Sans", sans-serif; }
.origin-expert { border-style: solid; font-weight: 700; }
.notes { margin: 0; padding-left: 1.3rem; }
.notes li + li { margin-top: .4rem; }
.law { border-collapse: collapse; width: 100%; font-size: .95rem; }
.law th, .law td { border-bottom: 1px solid var(--rule); padding: .4rem .5rem; text-align: left; vertical-align: top; }
.law thead th { border-bottom: 2px solid var(--ink); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

footer { margin-top: 3rem; padding-top: .5rem; border-top: 1px solid var(--rule); font-size: .85rem; color: var(--muted); }

@media (max-width: 40rem) {
  .gap dl, .meta { grid-template-columns: 1fr; }
  h1 { font-size: 1.6rem; }
}

@page { size: A4; margin: 16mm 15mm 18mm; }
@page { @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }
@media print {
  body { font-size: 10.5pt; line-height: 1.45; }
  .page { max-width: none; padding: 0; }
  nav, .no-print { display: none !important; }
  h1 { font-size: 20pt; }
  h2 { font-size: 15pt; margin-top: 0; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  section.major { break-before: page; page-break-before: always; }
  .gap, .counts, tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]:not(.url)::after, a[href^="/"]:not(.url)::after { content: " <" attr(href) ">"; font-size: 85%; color: #444; word-break: break-all; }
  .gap dl { grid-template-columns: 10rem 1fr; }
  details.side-article { break-inside: auto; }
  details::details-content { content-visibility: visible; display: block; }
  .side { font-size: 9pt; }
}
`;
