import { loadInstrumentModels } from '../../instruments/model/load-instruments';
import { Instrument } from '../../instruments/instrument.model';
import { ArticleAssessment, ArticleStatus, GapSeverity, ProvisionMatch } from '../../matching/match.model';
import { AnalysisReport } from '../../analyses/analysis-report';
import { articleRanges, renderGapReport } from './gap-report';
import { buildGapReportView, GapReportInput, unmetElements } from './gap-report-view';

/**
 * The page for an invented country whose statute was written to attack the page: its title,
 * citations, evidence and findings carry markup, quotes and ampersands. Assessments follow the
 * shape the matcher gives (reasons `<label> — not met: …`), for the real ETS 185 model.
 */
const ets185: Instrument = loadInstrumentModels().find((m) => m.id === 'ets185')!;
const model = (n: string) => ets185.articles.find((a) => a.number === n)!;
const label = (id: string) => ets185.articles.flatMap((a) => a.elements).find((e) => e.id === id)!.label;

const HOSTILE_TITLE = 'Computer Misuse <script>alert(1)</script> Act "onload=alert(2) & Co';
const HOSTILE_QUOTE = 'a person who "onload=alert(3)" <img src=x onerror=alert(4)> & accesses';

function provision(citation: string, met: Record<string, string | false>, statute = HOSTILE_TITLE): ProvisionMatch {
  return {
    citation,
    statute,
    score: 0.8,
    relationship: 'subset',
    elements: Object.entries(met).map(([element, evidence]) => (evidence ? { element, met: true, evidence } : { element, met: false, why: 'Not found.' })),
  };
}

function assessment(article: string, status: ArticleStatus, severity: GapSeverity, provisions: ProvisionMatch[], unmet: string[] = []): ArticleAssessment {
  return {
    article,
    title: model(article).title,
    status,
    severity,
    reasons: [...unmet.map((id) => `${label(id)} — not met: Not found <u>in</u> s. 3 & 4.`), `Severity reason naming ${unmet.join(', ')}.`],
    // as the matcher does: a missing article lacks every required element
    unmet: status === 'missing' ? model(article).elements.filter((e) => e.kind !== 'optional').map((e) => e.id) : unmet,
    coveredBy: severity === 'coverable' ? model(article).reservations.map((r) => r.id) : [],
    provisions,
  };
}

const articles: ArticleAssessment[] = ets185.articles.map((a) => {
  switch (a.number) {
    case '2':
      return assessment('2', 'partial', 'blocking', [provision('3(1)<b>', { '2.intent': HOSTILE_QUOTE, '2.access': 'gains access & uses', '2.without-right': false })], ['2.without-right']);
    case '3':
      return assessment('3', 'covered', 'none', [provision('4(1)', { '3.intent': 'intentionally', '3.interception': 'intercepts' }), provision('4(2)', {})]);
    case '11':
      return assessment('11', 'partial', 'coverable', [provision('13', { '11.aiding': 'aids or abets', '11.attempt': false })], ['11.attempt']);
    case '16':
      return assessment('16', 'missing', 'blocking', [], ['16.preservation-order', '16.time-limit', '16.confidentiality']);
    case '22':
      return assessment('22', 'missing', 'blocking', [], ['22.territory', '22.present-not-extradited']);
    case '1':
      return assessment('1', 'partial', 'advisory', [provision('2', { '1.computer-system': '"computer" means & includes' })], ['1.traffic-data']);
    default: {
      const assessedHere = a.chapter.number !== 'IV' && a.number !== '23';
      return assessedHere
        ? assessment(a.number, 'covered', 'none', [provision(`${a.number}0`, {})])
        : { article: a.number, title: a.title, status: 'not-assessed', severity: 'none', reasons: ['Not assessed.'], unmet: [], coveredBy: [], provisions: [] };
    }
  }
});

const count = (f: (a: ArticleAssessment) => boolean) => articles.filter(f).length;
const report: AnalysisReport = {
  instrument: 'ets185',
  jurisdiction: 'XB',
  statutes: [{ title: HOSTILE_TITLE, language: 'en', provisions: 12 }],
  articles,
  beyondConvention: [{ citation: '9 <i>', statute: HOSTILE_TITLE, concern: 'Criminalises false news & "alarm" as such.', evidence: 'False statements <script>alert(5)</script>' }],
  summary: {
    covered: count((a) => a.status === 'covered'),
    partial: count((a) => a.status === 'partial'),
    missing: count((a) => a.status === 'missing'),
    blocking: count((a) => a.severity === 'blocking'),
    coverable: count((a) => a.severity === 'coverable'),
    advisory: count((a) => a.severity === 'advisory'),
    notAssessed: 0,
    reserved: 0,
    reviewed: 0,
    assessed: articles.length,
  },
};

const input: GapReportInput = { analysis: { id: 7, jurisdiction: 'XB', createdAt: '2025-05-14T09:30:00.000Z' }, report, instrument: ets185 };
const page = renderGapReport(input);
/** The text of one section, from its opening tag to the next section. */
const section = (id: string) => page.slice(page.indexOf(`<section id="${id}"`), page.indexOf('</section>', page.indexOf(`<section id="${id}"`)));

describe('gap report page: statute text is escaped everywhere', () => {
  it('contains no script element and no live event-handler attribute from the statute', () => {
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    expect(page).not.toMatch(/\s"onload=/);
    expect(page).not.toMatch(/<b>|<i>|<u>/);
  });

  it('shows the hostile statute title as text, in the title block and in each gap that cites it', () => {
    const escaped = 'Computer Misuse &lt;script&gt;alert(1)&lt;/script&gt; Act &quot;onload=alert(2) &amp; Co';
    expect(section('summary')).not.toContain('alert(1)');
    expect(page.slice(0, page.indexOf('<main>'))).toContain(escaped);
    expect(section('blocking')).toContain(escaped);
  });

  it('escapes an evidence quote, a citation and the matcher’s findings', () => {
    expect(section('blocking')).toContain('&lt;img src=x onerror=alert(4)&gt;');
    expect(section('blocking')).toContain('3(1)&lt;b&gt;');
    expect(section('blocking')).toContain('Not found &lt;u&gt;in&lt;/u&gt; s. 3 &amp; 4.');
  });

  it('escapes the beyond-the-Convention finding: citation, concern and quoted words', () => {
    const beyond = section('beyond');
    expect(beyond).toContain('9 &lt;i&gt;');
    expect(beyond).toContain('false news &amp; &quot;alarm&quot;');
    expect(beyond).toContain('False statements &lt;script&gt;alert(5)&lt;/script&gt;');
  });

  it('drops a statute language that is not a plain language tag instead of putting it in an attribute', () => {
    const odd = renderGapReport({ ...input, report: { ...report, statutes: [{ title: HOSTILE_TITLE, language: 'en" onmouseover="alert(6)', provisions: 1 }] } });
    expect(odd).not.toMatch(/\sonmouseover="/);
    expect(odd).not.toMatch(/lang="en&quot;/);
    expect(odd).toContain('<cite>Computer Misuse');
    expect(page).toContain('<cite lang="en">');
  });

  it('prints a complete link only for a plain http(s) origin', () => {
    expect(renderGapReport({ ...input, baseUrl: 'https://concordance.example.org' })).toContain('href="https://concordance.example.org/analyses/7"');
    const spoofed = renderGapReport({ ...input, baseUrl: 'javascript:alert(1)//' });
    expect(spoofed).not.toContain('javascript:');
    expect(spoofed).toContain('href="/analyses/7"');
  });
});

describe('gap report page: what a legislator reads, in order', () => {
  it('is one HTML document in English with a title, a stylesheet and no external assets', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toMatch(/<title>Gap report: XB — Convention on Cybercrime<\/title>/);
    expect(page).not.toMatch(/<(link|img|script|iframe|object)\b|\ssrc="|url\(/i);
    expect(page).toMatch(/@media print/);
    expect(page).toMatch(/size: A4/);
  });

  it('puts the sections in the order a drafting committee works through them', () => {
    const order = ['summary', 'blocking', 'coverable', 'advisory', 'beyond', 'articles', 'method'].map((id) => page.indexOf(`<section id="${id}"`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(page.indexOf('<h1>')).toBeLessThan(order[0]);
  });

  it('keeps one h1, then h2 per section and h3 per gap and per article side by side', () => {
    expect(page.match(/<h1[ >]/g)).toHaveLength(1);
    expect(page.match(/<h2[ >]/g)).toHaveLength(9);
    const side = section('side-by-side');
    const assessed = articles.filter((a) => a.status !== 'not-assessed').length;
    expect(side.match(/<h3[ >]/g)).toHaveLength(assessed);
    expect(page.match(/<h3[ >]/g)).toHaveLength(5 + assessed);
  });

  it('summarises the counts and names the accession article', () => {
    const summary = section('summary');
    expect(summary).toContain("Of the 34 articles assessed, 29 are covered, 3 only in part and 2 not at all.");
    expect(summary).toContain('3 gaps stand in the way of accession (Art. 37)');
    expect(summary).toContain('1 gap can be covered by a reservation or declaration');
  });

  it('lists the blocking gaps, each with what the Convention requires, what the law has now and a fix', () => {
    const blocking = section('blocking');
    expect([...blocking.matchAll(/<h3 id="gap-(\d+)-h">/g)].map((m) => m[1])).toEqual(['2', '16', '22']);
    expect(blocking).toContain(label('2.without-right'));
    expect(blocking).toContain('<q class="evidence" lang="en">a person who \u2018onload=alert(3)\u2019 &lt;img');
    expect(blocking).toContain('Amend provision 3(1)&lt;b&gt; of the Computer Misuse');
    expect(blocking).toContain('Give the competent authorities a power (subject to the conditions and safeguards of Art. 15) providing for: order or obtain');
    expect(blocking).toContain('Give the courts jurisdiction over offences committed in the territory; where the alleged offender');
    expect(blocking).toContain('Nothing in the statutes analysed implements this article.');
  });

  it('does not offer a missing article’s weak candidates as what the law has now', () => {
    const withCandidate = articles.map((a) => (a.article === '16' ? { ...a, provisions: [provision('1(1)', { '16.preservation-order': 'keeps a copy' })] } : a));
    const out = renderGapReport({ ...input, report: { ...report, articles: withCandidate } });
    const art16 = out.slice(out.indexOf('id="gap-16"'), out.indexOf('id="gap-22"'));
    expect(art16).toContain('Nothing in the statutes analysed implements this article.');
    expect(art16).not.toContain('keeps a copy');
  });

  it('writes a missing offence as its conduct, committed intentionally and without right', () => {
    const art3 = articles.map((a) => (a.article === '3' ? { ...a, status: 'missing' as const, severity: 'blocking' as const, provisions: [] } : a));
    const out = renderGapReport({ ...input, report: { ...report, articles: art3 } });
    expect(out).toContain('Add an offence covering: interception made by technical means; the target is a non-public transmission');
    expect(out).toContain('including electromagnetic emissions, when committed intentionally and without right.');
  });

  it('shows the part of a blocking gap that a reservation can cover (Art. 22(2))', () => {
    const art22 = section('blocking').slice(section('blocking').indexOf('id="gap-22"'));
    expect(art22).toContain('Reservation under Art. 22(2)');
    expect(art22).toContain(label('22.ships').replace(/\.$/, ''));
    expect(art22).toContain('The rest still needs legislation.');
  });

  it('names the reservation that covers a coverable gap, with its basis and summary, and the legislative alternative', () => {
    const coverable = section('coverable');
    expect(coverable).toContain('id="gap-11"');
    expect(coverable).toContain('Reservation under Art. 11(3)');
    expect(coverable).toContain(model('11').reservations[0].summary);
    expect(coverable).toContain('Or legislate');
  });

  it('lists advisory findings apart', () => {
    expect(section('advisory')).toContain('id="gap-1"');
    expect(section('advisory')).not.toContain('id="gap-2"');
  });

  it('tabulates every article of Chapters I–III by chapter and section, and sums up the final clauses', () => {
    const table = section('articles');
    const groups = [...table.matchAll(/<th class="group"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(groups[0]).toBe('Chapter I — Use of terms');
    expect(groups[1]).toMatch(/^Chapter II — [^·]+ · Section 1 — \S.+$/);
    expect(groups).toHaveLength(6);
    expect(table.match(/<th scope="row">/g)).toHaveLength(35);
    expect(table).toContain('Arts. 36–48 (final clauses)');
    expect(table).toMatch(/<a href="#gap-16">Art\. 16<\/a>/);
    expect(table).toContain('<span class="nowrap">4(1)</span>, <span class="nowrap">4(2)</span>');
  });

  it('writes status and severity in words, not colour alone', () => {
    expect(page).toContain('<span class="badge status-missing">Missing</span>');
    expect(page).toContain('<span class="badge sev-blocking">Blocks accession</span>');
    expect(page).toContain('<span class="badge status-not-assessed">Not assessed</span>');
  });

  it('says the findings are machine suggestions until an expert has reviewed them', () => {
    expect(section('method')).toContain('No expert has reviewed them yet.');
    expect(page).toContain('not yet reviewed by an expert');
    const reviewed = renderGapReport({ ...input, review: { reviewedArticles: ['2', '3', '4', '11'] } });
    expect(reviewed).toContain('An expert has reviewed Arts. 2–4, 11');
    expect(reviewed).not.toContain('not yet reviewed by an expert');
  });
});

describe('gap report view: reading the assessment', () => {
  it('reads unmet elements back from the reasons the matcher gives', () => {
    const a = articles.find((x) => x.article === '2')!;
    expect(unmetElements(model('2'), a).map((u) => [u.element.id, u.where])).toEqual([['2.without-right', 'Art. 2(1)']]);
  });

  it('reads the unmet element ids the assessment lists, whatever its reasons say', () => {
    const a: ArticleAssessment = { ...articles.find((x) => x.article === '11')!, reasons: ['Something else.'] };
    expect(unmetElements(model('11'), a).map((u) => [u.element.id, u.finding])).toEqual([['11.attempt', undefined]]);
  });

  it('falls back, for analyses stored without unmet ids, to the required elements no provision meets when the reasons name none', () => {
    const { unmet: _unmet, ...stored } = articles.find((x) => x.article === '11')!;
    const a = { ...stored, reasons: ['Something else.'] } as ArticleAssessment;
    expect(unmetElements(model('11'), a).map((u) => u.element.id)).toEqual(['11.attempt']);
  });

  it('counts every required element of a missing article, and leaves optional qualifiers out', () => {
    const a = articles.find((x) => x.article === '16')!;
    expect(unmetElements(model('16'), a).map((u) => u.where)).toEqual(['Art. 16(1)', 'Art. 16(2)', 'Art. 16(3)']);
    const art2 = buildGapReportView(input).blocking.find((g) => g.article === '2')!;
    expect(art2.unmet.map((u) => u.element.kind)).not.toContain('optional');
  });

  it('writes article ranges compactly', () => {
    expect(articleRanges(['1', '2', '3', '5', '7', '8', '23'])).toBe('1–3, 5, 7, 8, 23');
  });
});

describe('gap report page: article and provision side by side', () => {
  const texts = new Map([
    ['3(1)<b>', 'Unauthorised access\nA person who "onload=alert(3)" <img src=x onerror=alert(4)> & accesses, and who gains access & uses a computer, commits an offence.'],
  ]);
  const withText = renderGapReport({ ...input, provisionText: (_statute, citation) => (texts.has(citation) ? { text: texts.get(citation)! } : undefined) });
  const side = withText.slice(withText.indexOf('<section id="side-by-side"'), withText.indexOf('<section id="law"'));
  const art = (n: string) => side.slice(side.indexOf(`<details id="art-${n}"`), side.indexOf('</details>', side.indexOf(`<details id="art-${n}"`)));

  it('puts the Convention paragraph beside the provision’s full text, escaped, with the evidence marked and the element named', () => {
    const a2 = art('2');
    expect(a2).toContain('<details id="art-2" class="side-article" open>');
    expect(a2).toContain('(our summary; import the official text to see it here)');
    expect(a2).toContain(model('2').paragraphs[0].obligation.slice(0, 18));
    expect(a2).toContain('<mark data-element="2.access" title="2.access: ');
    expect(a2).toMatch(/<mark data-element="2.access"[^>]*>gains access<\/mark><span class="el-tag"> \[access\]<\/span>/);
    expect(a2).toContain('&lt;img src=x onerror=alert(4)&gt;');
    expect(withText).not.toMatch(/<img/i);
    // the Convention side marks the same element, in its own words
    const convention = a2.slice(a2.indexOf('<td class="convention">'), a2.indexOf('<td class="provision">'));
    expect(convention).toContain('<mark data-element="2.access"');
    expect(convention).toContain('Elements not met');
    expect(convention).toContain(label('2.without-right'));
    expect(a2).toContain('machine suggestion');
  });

  it('shows the official text when imported, and opens covered articles only on request', () => {
    const official: Instrument = { ...ets185, articles: ets185.articles.map((a) => (a.number === '3' ? { ...a, paragraphs: a.paragraphs.map((p) => ({ ...p, officialText: 'Each Party shall make it an offence to intercept, intentionally, data.' })) } : a)) };
    const out = renderGapReport({ ...input, instrument: official });
    const a3 = out.slice(out.indexOf('<details id="art-3"'), out.indexOf('</details>', out.indexOf('<details id="art-3"')));
    expect(a3).toContain('<details id="art-3" class="side-article">');
    expect(a3).toContain('Convention, Art. 3 (official text)');
    expect(a3).toMatch(/<mark data-element="3.intent"[^>]*>intentionally<\/mark>/);
    expect(renderGapReport({ ...input, openAll: true })).toContain('<details id="art-3" class="side-article" open>');
  });

  it('reads the expert origin of a call when the review step provides it', () => {
    const reviewed = { ...report, articles: report.articles.map((a) => (a.article === '3' ? { ...a, basis: 'expert', provisions: a.provisions.map((p) => ({ ...p, origin: 'expert' })) } : a)) };
    const out = renderGapReport({ ...input, report: reviewed as AnalysisReport });
    const a3 = out.slice(out.indexOf('<details id="art-3"'), out.indexOf('</details>', out.indexOf('<details id="art-3"')));
    expect(a3).toContain('<span class="origin origin-expert">expert review</span>');
  });
});

describe('gap report page: drafting notes and languages', () => {
  it('writes a note per unmet element, never offering a reservation in place of legislation for a blocking gap', () => {
    const view = buildGapReportView(input);
    const art22 = view.blocking.find((g) => g.article === '22')!;
    expect(art22.notes.map((n) => n.element.id)).toEqual(art22.unmet.map((u) => u.element.id));
    for (const g of view.blocking) for (const n of g.notes) expect(n.instead ?? '').not.toMatch(/^Instead of legislating/);
    expect(art22.notes.some((n) => /still needs legislation/.test(n.instead ?? ''))).toBe(true);
    const art11 = view.coverable.find((g) => g.article === '11')!;
    expect(art11.notes[0].instead).toMatch(/^Instead of legislating: a reservation under Art\. 11\(3\)/);
    expect(art11.notes[0].note).toMatch(/attempt/);
    const art2 = view.blocking.find((g) => g.article === '2')!;
    expect(art2.notes[0].where).toContain('Where: in provision 3(1)<b> of the');
  });

  it('renders the page in French and Spanish from the catalogues', () => {
    const fr = renderGapReport({ ...input, lang: 'fr' });
    expect(fr.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(fr).toContain('Ce qui doit changer avant l&#39;adhésion');
    expect(fr).toContain('<span class="badge status-missing">Absent</span>');
    expect(fr).toContain('Accès illégal');
    expect(fr).toContain('14 mai 2025');
    expect(fr).toContain('<h1>XB : l&#39;écart entre la loi et la Convention sur la cybercriminalité</h1>');
    expect(fr).not.toContain('What must change before accession');
    // element labels come from the catalogue too
    expect(fr).toContain('Les faits sont commis sans droit');
    expect(fr).not.toContain(label('2.without-right'));
    expect(fr).toContain('Chapitre II — Mesures à prendre au niveau national · Section 1 — Droit pénal matériel');
    expect(fr).toContain("N&#39;applique pas, en tout ou partie, les tentatives");
    const es = renderGapReport({ ...input, lang: 'es' });
    expect(es).toContain('<html lang="es">');
    expect(es).toContain('Lo que debe cambiar antes de la adhesión');
  });
});
