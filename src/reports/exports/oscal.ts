/**
 * The effective mappings as an OSCAL 1.2 mapping collection (NIST's model for "this over here
 * corresponds to that over there"), for GRC tools: one `mappings` entry per statute (source) against
 * the instrument (target), with one `maps` entry per provision-article pair, its relationship and
 * provenance. UUIDs are derived from the content, so the same analysis exports the same document.
 */
import { createHash } from 'node:crypto';
import { Instrument } from '../../instruments/instrument.model';
import { Relationship } from '../../matching/match.model';
import { AnalysisReport } from '../../analyses/analysis-report';
import { effectiveProvisions } from './correspondence';

const RELATIONSHIP: Record<Relationship, string> = {
  equal: 'equivalent-to',
  subset: 'subset-of',
  superset: 'superset-of',
  intersects: 'intersects-with',
};

/** A version-5-style UUID from a name (SHA-1), stable across runs. */
export function nameUuid(name: string): string {
  const h = createHash('sha1').update(`concordance:${name}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const provenance = (method: 'automation' | 'human' | 'hybrid', description: string) => ({
  method,
  'matching-rationale': 'semantic',
  status: method === 'automation' ? 'draft' : 'complete',
  'mapping-description': description,
});

export function toOscalMappingCollection(report: AnalysisReport, instrument: Instrument, analysis: { id: number; createdAt: string }, baseUrl = '') {
  const pairs = report.articles.flatMap((a) => effectiveProvisions(a).map((p) => ({ a, p: p as typeof p & { origin?: string; decidedBy?: string | null } })));
  const statutes = [...new Set(pairs.map((x) => x.p.statute))];
  const anyExpert = pairs.some((x) => x.p.origin === 'expert');
  const allExpert = pairs.length > 0 && pairs.every((x) => x.p.origin === 'expert');
  const collectionMethod = allExpert ? 'human' : anyExpert ? 'hybrid' : 'automation';
  const statuteInfo = new Map(report.statutes.map((s) => [s.title, s]));
  return {
    'mapping-collection': {
      uuid: nameUuid(`analysis:${analysis.id}`),
      metadata: {
        title: `${report.jurisdiction} national law mapped to ${instrument.title} (${instrument.treatySeries})`,
        'last-modified': new Date(analysis.createdAt).toISOString(),
        version: String(analysis.id),
        'oscal-version': '1.2.0',
        props: [{ name: 'jurisdiction', ns: 'https://concordance.invalid/ns', value: report.jurisdiction }],
      },
      provenance: provenance(collectionMethod, 'Provisions matched element by element to the articles of the instrument; expert decisions win over machine suggestions.'),
      mappings: statutes.map((title) => {
        const info = statuteInfo.get(title);
        const own = pairs.filter((x) => x.p.statute === title);
        return {
          uuid: nameUuid(`analysis:${analysis.id}:statute:${title}`),
          'source-resource': {
            type: 'resource',
            href: `${baseUrl}/statutes/${info?.statuteId ?? ''}`,
            props: [{ name: 'title', ns: 'https://concordance.invalid/ns', value: title }, ...(info?.version ? [{ name: 'version', ns: 'https://concordance.invalid/ns', value: String(info.version) }] : [])],
          },
          'target-resource': { type: 'resource', href: `${baseUrl}/instruments/${instrument.id}` },
          maps: own.map(({ a, p }) => {
            const met = p.elements.filter((f) => f.met);
            return {
              uuid: nameUuid(`analysis:${analysis.id}:${title}:${p.citation}:${a.article}`),
              relationship: RELATIONSHIP[p.relationship] ?? 'intersects-with',
              sources: [{ type: 'control', 'id-ref': `provision-${p.citation}` }],
              targets: [{ type: 'control', 'id-ref': `art-${a.article}` }],
              provenance: provenance(p.origin === 'expert' ? 'human' : 'automation', p.origin === 'expert' ? `Decided by ${p.decidedBy ?? 'an expert'}.` : 'Machine suggestion, not reviewed.'),
              props: [
                { name: 'confidence-score', ns: 'https://concordance.invalid/ns', value: String(Math.round(p.score * 1000) / 1000) },
                { name: 'article-status', ns: 'https://concordance.invalid/ns', value: a.status },
                ...met.map((f) => ({ name: 'element-met', ns: 'https://concordance.invalid/ns', value: f.element })),
              ],
              remarks: met.map((f) => `${f.element}: ${f.evidence ?? ''}`).join('\n'),
            };
          }),
        };
      }),
    },
  };
}
