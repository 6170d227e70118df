import { FormResult, Outcome, PairResult, Reason } from '../../gaps/mla/model';
import { html, joinHtml, raw, SafeHtml } from '../../reports/html/html';

export interface PairReportInput {
  pair: PairResult;
  reverse: PairResult;
  analyses: { requesting: number; requested: number };
  instrumentTitle: string;
  generatedAt: string;
}

const OUTCOME_WORD: Record<Outcome, string> = { works: 'Works', blocked: 'Blocked', uncertain: 'Uncertain' };

/** Outcomes are written out in words; the border style only reinforces them, so the page prints in black and white. */
const CSS = `
* { box-sizing: border-box; }
body { margin: 0; color: #1a1a1a; background: #fff; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; line-height: 1.5; }
h1, h2, h3, th, .badge, .kicker, footer { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; }
.page { max-width: 62rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
.kicker { margin: 0; font-size: .85rem; letter-spacing: .08em; text-transform: uppercase; color: #555; }
h1 { font-size: 1.9rem; margin: .3rem 0 1rem; }
h2 { font-size: 1.4rem; margin: 2.2rem 0 .7rem; border-bottom: 2px solid #1a1a1a; padding-bottom: .3rem; }
h3 { font-size: 1.1rem; margin: 0 0 .4rem; }
table { border-collapse: collapse; width: 100%; margin: .8rem 0; font-size: .95rem; }
th, td { border: 1px solid #c8c8c8; padding: .35rem .6rem; text-align: left; vertical-align: top; }
thead th { background: #f5f5f2; }
.badge { display: inline-block; font-size: .8rem; font-weight: 700; padding: .05rem .45rem; border: 2px solid #1a1a1a; }
.badge.works { border-style: solid; color: #1d6b3a; }
.badge.blocked { border-style: double; border-width: 4px; color: #8b1a1a; }
.badge.uncertain { border-style: dashed; color: #8a5a00; }
.notice { border: 2px solid #1a1a1a; background: #f5f5f2; padding: .6rem .9rem; margin: 1rem 0; }
.form { border: 1px solid #c8c8c8; padding: .8rem 1rem; margin: .8rem 0; break-inside: avoid; }
.reasons { margin: .4rem 0; padding-left: 1.2rem; }
.reasons li { margin: .3rem 0; }
.kind { font-family: system-ui, Arial, sans-serif; font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: #555; }
.cites { font-size: .88rem; color: #444; margin: .15rem 0 0; padding-left: 1rem; }
footer { margin-top: 2.5rem; font-size: .85rem; color: #555; border-top: 1px solid #c8c8c8; padding-top: .6rem; }
@media print { body { font-size: 10.5pt; } .page { max-width: none; padding: 0; } h2 { break-after: avoid; } @page { size: A4; margin: 18mm 16mm; } }
`;

function badge(o: Outcome): SafeHtml {
  return html`<span class="badge ${o}">${OUTCOME_WORD[o]}</span>`;
}

function reasonItem(r: Reason): SafeHtml {
  return html`<li><span class="kind">${r.kind.replace(/-/g, ' ')}</span> ${badge(r.effect)} ${r.text}${
    r.citations.length ? html`<ul class="cites">${r.citations.map((c) => html`<li>${c.text}</li>`)}</ul>` : ''
  }</li>`;
}

function formSection(f: FormResult, from: string, to: string): SafeHtml {
  const offences = f.offences?.length
    ? html`<table><caption class="kind">Dual criminality per offence</caption><thead><tr><th scope="col">Article</th><th scope="col">Offence</th><th scope="col">Outcome</th><th scope="col">Why</th></tr></thead><tbody>${f.offences.map(
        (o) => {
          const against = o.reasons.filter((r) => r.effect !== 'works').map((r) => r.text);
          const why = against.length ? joinHtml(against, raw('<br>')) : o.reasons.map((r) => r.text).join('; ');
          return html`<tr><td>Art. ${o.article}</td><td>${o.title}</td><td>${badge(o.outcome)}</td><td>${why}</td></tr>`;
        },
      )}</tbody></table>`
    : '';
  return html`<section class="form" id="${from}-${to}-${f.form}"><h3>${f.title} (Art. ${f.article}) ${badge(f.outcome)}</h3><ul class="reasons">${f.reasons.map(reasonItem)}</ul>${offences}</section>`;
}

/** The pair report: both directions at a glance, then every form with its reasons and what they rest on. */
export function renderPairReport(input: PairReportInput): string {
  const { pair, reverse } = input;
  const a = pair.requesting;
  const b = pair.requested;
  const unrecorded = pair.forms.some((f) => f.reasons.some((r) => r.kind === 'treaty-relationship' && r.text.startsWith('treaty status not recorded')));
  const glance = pair.forms.map((f) => {
    const back = reverse.forms.find((x) => x.form === f.form);
    return html`<tr><th scope="row">${f.title} (Art. ${f.article})</th><td><a href="#${a}-${b}-${f.form}">${badge(f.outcome)}</a></td><td>${
      back ? html`<a href="#${b}-${a}-${f.form}">${badge(back.outcome)}</a>` : '—'
    }</td></tr>`;
  });
  const body = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mutual legal assistance: ${a} and ${b} (${pair.instrument})</title><style>${raw(CSS)}</style></head>
<body><main class="page">
<p class="kicker">Mutual legal assistance · ${input.instrumentTitle}</p>
<h1>${a} and ${b}: what works, what is blocked, and why</h1>
<p>Each form of co-operation asked in both directions, from the latest analyses of both laws (${a}: analysis ${input.analyses.requesting}; ${b}: analysis ${input.analyses.requested}) and the treaty status of both countries. An outcome is as good as its weakest condition: one blocking reason blocks the request, one open question leaves it uncertain.</p>
${unrecorded ? html`<p class="notice"><strong>Treaty status not recorded.</strong> Whether both are Parties, their reservations and their designated authorities are not on record, so outcomes that depend on them are uncertain.</p>` : ''}
<h2>Both directions at a glance</h2>
<table><thead><tr><th scope="col">Form of co-operation</th><th scope="col">${a} asks ${b}</th><th scope="col">${b} asks ${a}</th></tr></thead><tbody>${glance}</tbody></table>
<h2>${a} asks ${b}</h2>
${pair.forms.map((f) => formSection(f, a, b))}
<h2>${b} asks ${a}</h2>
${reverse.forms.map((f) => formSection(f, b, a))}
<footer>Generated ${input.generatedAt} by Concordance. Dual criminality is judged by effect: the conduct is an offence in a country if its analysis finds the Convention article covered or partial there, whatever the offence is called.</footer>
</main></body></html>`;
  return body.toString();
}
