/**
 * The change feed (Atom) of what a treaty office watches: an article's status changing between two
 * analyses of a jurisdiction, and a signature, ratification, reservation or declaration on record.
 */
import { TreatyStatusRecord } from '../jurisdictions/treaty-status.model';

export interface FeedEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
}

export interface AnalysisStatuses {
  id: number;
  jurisdiction: string;
  createdAt: string;
  statuses: { article: string; status: string }[];
}

/** Status changes between consecutive analyses of each jurisdiction (given oldest first). */
export function statusChangeEntries(analyses: AnalysisStatuses[], name: (code: string) => string): FeedEntry[] {
  const previous = new Map<string, AnalysisStatuses>();
  const entries: FeedEntry[] = [];
  for (const a of analyses) {
    const before = previous.get(a.jurisdiction);
    previous.set(a.jurisdiction, a);
    if (!before) continue;
    const was = new Map(before.statuses.map((s) => [s.article, s.status]));
    for (const s of a.statuses) {
      const old = was.get(s.article);
      if (old === undefined || old === s.status) continue;
      entries.push({
        id: `tag:concordance,2026:analysis/${a.id}/article/${s.article}`,
        title: `${name(a.jurisdiction)}: Art. ${s.article} ${old} → ${s.status}`,
        updated: a.createdAt,
        link: `/analyses/${a.id}/articles/${encodeURIComponent(s.article)}`,
        summary: `Analysis ${a.id} finds Art. ${s.article} ${s.status}; analysis ${before.id} found it ${old}.`,
      });
    }
  }
  return entries;
}

/** Treaty acts on record: signature, ratification or accession, reservations and declarations. */
export function treatyEntries(statuses: TreatyStatusRecord[], name: (code: string) => string): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const s of statuses) {
    const updated = s.updatedAt ?? new Date(0).toISOString();
    const link = `/jurisdictions/${s.jurisdiction}/treaty-status`;
    const base = `tag:concordance,2026:treaty/${s.jurisdiction}/${s.instrument}`;
    const source = s.source ? ` Source: ${s.source}.` : '';
    if (s.signature) entries.push({ id: `${base}/signature/${s.signature}`, title: `${name(s.jurisdiction)} signed ${s.instrument} on ${s.signature}`, updated, link, summary: `Signature recorded${s.asOf ? ` as of ${s.asOf}` : ''}.${source}` });
    if (s.ratification) {
      entries.push({ id: `${base}/ratification/${s.ratification}`, title: `${name(s.jurisdiction)} ratified or acceded to ${s.instrument} on ${s.ratification}`, updated, link, summary: `Ratification or accession recorded${s.asOf ? ` as of ${s.asOf}` : ''}${s.entryIntoForce ? `; in force ${s.entryIntoForce}` : ''}.${source}` });
    }
    s.records
      .filter((r) => r.kind === 'reservation' || r.kind === 'declaration')
      .forEach((r, i) => {
        entries.push({
          id: `${base}/${r.kind}/${i}/${r.reference}`,
          title: `${name(s.jurisdiction)}: ${r.kind}${r.withdrawn ? ' (withdrawn)' : ''} under Art. ${r.reference} of ${s.instrument}${r.date ? ` (${r.date})` : ''}`,
          updated,
          link,
          summary: `${r.summary}${r.source ? ` Source: ${r.source}.` : ''}`,
        });
      });
  }
  return entries;
}

const XML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (s: string) => s.replace(/[&<>"']/g, (c) => XML[c]).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '\uFFFD');

export function renderAtom(entries: FeedEntry[], meta: { baseUrl: string; selfPath: string; title: string }): string {
  const sorted = [...entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
  const updated = sorted[0]?.updated ?? new Date(0).toISOString();
  const abs = (p: string) => xml(meta.baseUrl + p);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>tag:concordance,2026:changes${xml(meta.selfPath)}</id>`,
    `<title>${xml(meta.title)}</title>`,
    `<updated>${xml(updated)}</updated>`,
    `<link rel="self" href="${abs(meta.selfPath)}"/>`,
    `<link rel="alternate" href="${abs('/dashboard')}"/>`,
    '<author><name>Concordance</name></author>',
    ...sorted.map(
      (e) =>
        `<entry><id>${xml(e.id)}</id><title>${xml(e.title)}</title><updated>${xml(e.updated)}</updated><link href="${abs(e.link)}"/><summary>${xml(e.summary)}</summary></entry>`,
    ),
    '</feed>',
    '',
  ].join('\n');
}
