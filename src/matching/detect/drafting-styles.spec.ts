import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../../common/paths';
import { ingestStatute } from '../../statutes/ingest';
import { analyseDraft, articleOf, DraftProvision, draftStatute } from '../testing/statute-builder';

/**
 * Ways laws are commonly drafted that the lexicon must reach, each as an invented statute in our
 * own words: the article it implements, the provision that should come first and the status.
 */
interface DraftingStyle {
  style: string;
  language: 'en' | 'fr' | 'es';
  provisions: DraftProvision[];
  article: string;
  first: string;
  status: 'covered' | 'partial';
}

const access = (language: DraftingStyle['language']): DraftProvision =>
  ({
    en: { citation: '3', heading: 'Unauthorised access', text: 'A person who intentionally and without authority accesses a computer system commits an offence punishable by imprisonment for two years.' },
    fr: { citation: '3', heading: 'Accès frauduleux', text: "Quiconque aura accédé frauduleusement à un système informatique sera puni d'un emprisonnement de deux ans." },
    es: { citation: '3', heading: 'Acceso ilícito', text: 'El que sin autorización accediere a un sistema informático será castigado con prisión de uno a tres años.' },
  })[language];

const STYLES: DraftingStyle[] = [
  {
    style: 'penal code in the future subjunctive (es)',
    language: 'es',
    provisions: [
      { citation: '197', heading: 'Daño informático', text: 'Quien sin derecho borrare, alterare o suprimiere datos informáticos de otra persona será castigado con prisión de dos a cinco años.' },
      { citation: '198', heading: 'Interceptación', text: 'El que sin estar facultado interceptare, por medios técnicos, comunicaciones privadas de datos informáticos será castigado con prisión de dos a cuatro años.' },
    ],
    article: '4',
    first: '197',
    status: 'covered',
  },
  {
    style: 'interception in the future subjunctive (es)',
    language: 'es',
    provisions: [
      { citation: '197', heading: 'Daño informático', text: 'Quien sin derecho borrare, alterare o suprimiere datos informáticos de otra persona será castigado con prisión de dos a cinco años.' },
      { citation: '198', heading: 'Interceptación', text: 'El que sin estar facultado interceptare, por medios técnicos, comunicaciones privadas de datos informáticos será castigado con prisión de dos a cuatro años.' },
    ],
    article: '3',
    first: '198',
    status: 'covered',
  },
  {
    style: 'a judge authorises real-time collection (es)',
    language: 'es',
    provisions: [
      access('es'),
      { citation: '301', heading: 'Medidas de investigación', text: 'El juez podrá autorizar, a solicitud del fiscal, la grabación en tiempo real de los datos de tráfico de un sistema informático, por un plazo máximo de tres meses.' },
    ],
    article: '20',
    first: '301',
    status: 'partial',
  },
  {
    style: 'a judge orders a provider to hand over subscriber data (fr)',
    language: 'fr',
    provisions: [
      access('fr'),
      { citation: '41', text: "Pour les besoins de l'enquête, le juge peut autoriser l'officier de police judiciaire à recueillir en temps réel les données relatives au trafic des communications déterminées." },
      { citation: '42', text: "Pour les besoins de l'enquête, le juge peut ordonner à tout fournisseur de services de remettre les données relatives aux abonnés en sa possession." },
    ],
    article: '18',
    first: '42',
    status: 'covered',
  },
  {
    style: 'a warrant for a transmission data recorder is real-time traffic collection (en)',
    language: 'en',
    provisions: [
      access('en'),
      { citation: '9', heading: 'Warrant for transmission data recorder', text: 'On sworn evidence of a reasonable suspicion, a judge may grant a warrant under which the police fit a transmission data recorder to a line and gather the transmission data it captures, for no more than sixty days.' },
    ],
    article: '20',
    first: '9',
    status: 'partial',
  },
  {
    style: 'requests for assistance are made to a minister (en)',
    language: 'en',
    provisions: [
      access('en'),
      { citation: '20', heading: 'Requests from foreign states', text: 'A request by a foreign State for assistance in a criminal matter shall be made to the Minister, who may authorise the Commissioner of Police to obtain evidence, including computer data, for the requesting State.' },
    ],
    article: '27',
    first: '20',
    status: 'partial',
  },
  {
    style: 'extradition through a schedule of offences (en)',
    language: 'en',
    provisions: [access('en'), { citation: '21', heading: 'Extradition', text: 'The offences under this Act are added to the Schedule to the Extradition Act as extraditable offences.' }],
    article: '24',
    first: '21',
    status: 'partial',
  },
];

describe('drafting styles the lexicon reaches', () => {
  it.each(STYLES.map((s) => [s.style, s] as const))('%s', (_style, s) => {
    const result = analyseDraft(draftStatute(`Fictional statute (${s.style})`, s.language, s.provisions));
    const a = articleOf(result, s.article);
    expect(a.provisions[0]?.citation).toBe(s.first);
    expect(a.status).toBe(s.status);
  });

  it('reads general co-operation reaching electronic evidence as Art. 31 addressed, not covered', () => {
    const result = analyseDraft(
      draftStatute('Fictional Co-operation Act', 'en', [
        access('en'),
        { citation: '30', heading: 'International co-operation', text: 'The Government may, on request of a foreign State, co-operate for investigations of offences related to computer systems or for the collection of evidence in electronic form of an offence.' },
      ]),
    );
    const a = articleOf(result, '31');
    expect(a.provisions[0]?.citation).toBe('30');
    expect(a.status).toBe('partial');
  });
});

/** The same on a real statute of the shared corpus (read at run time); skipped when it is absent. */
const STATUTES = join(SHARED_DIR, 'corpus', 'statutes');
(existsSync(STATUTES) ? describe : describe.skip)('drafting styles in the corpus', () => {
  it('reads the Canadian transmission data recorder warrant (s. 492.2) as real-time traffic collection, not a gap', async () => {
    const file = 'ca-criminal-code-cybercrime-provisions.txt';
    const result = analyseDraft(await ingestStatute(readFileSync(join(STATUTES, file)), file));
    const a = articleOf(result, '20');
    expect(a.status).not.toBe('missing');
    expect(a.provisions[0]?.citation).toMatch(/^492\.2\b/);
  });
});
