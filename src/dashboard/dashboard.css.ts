/**
 * Styles of the dashboard and matrix pages, inlined (the pages' Content-Security-Policy allows
 * inline styles only). Status is always written out and carries a symbol; colour only reinforces it.
 */
export const DASHBOARD_CSS = `
* { box-sizing: border-box; }
body { margin: 0; color: #1a1a1a; background: #fff; font: 1rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, "DejaVu Sans", sans-serif; }
.page { padding: 1.5rem; max-width: 100rem; margin: 0 auto; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
p.meta { color: #555; margin: 0 0 1rem; }
a { color: #1f4e8c; }
form.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: 0 0 1rem; padding: .6rem .8rem; background: #f5f5f2; border: 1px solid #c8c8c8; }
form.filters label { display: flex; flex-direction: column; font-size: .85rem; font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border: 1px solid #c8c8c8; padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f5f5f2; position: sticky; top: 0; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: #555; }
.warn { font-weight: 700; }
.notice { border: 2px solid #1a1a1a; padding: .5rem .8rem; background: #f5f5f2; }
.lapsed { font-weight: 700; text-decoration: line-through; }
ul.why { margin: 0; padding-left: 1rem; }
.cell a { text-decoration: none; color: inherit; display: block; white-space: nowrap; }
.cell a:hover, .cell a:focus { text-decoration: underline; }
.st-covered { background: #e8f4ec; }
.st-partial { background: #fdf3dc; }
.st-missing { background: #f6dede; font-weight: 700; }
.st-not-assessed { color: #555; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; list-style: none; padding: 0; }
.matrix th.art { white-space: nowrap; }
@media print {
  form.filters, .noprint { display: none; }
  .page { padding: 0; max-width: none; }
  thead th { position: static; }
  body { font-size: 9pt; }
  th, td { padding: .15rem .3rem; }
  a { color: inherit; text-decoration: none; }
  tr { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
