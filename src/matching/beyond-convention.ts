/**
 * Provisions beyond the Convention: offences that punish speech as such (false news, insult,
 * defamation, offensive or indecent communication not tied to children, harassment of officials).
 * They are reported apart, never forced onto an article.
 */
import { BeyondConventionFinding } from './match.model';
import { Lexicon } from './lexicon/lexicon.model';
import { MatchingEngine } from './engine';
import { ownText, PreparedStatute, ProvisionNode, subtreeText } from './statute/prepared-statute';

export function findBeyondConvention(statutes: PreparedStatute[], engine: MatchingEngine, lexicon: Lexicon): { node: ProvisionNode; finding: BeyondConventionFinding }[] {
  const findings: { node: ProvisionNode; finding: BeyondConventionFinding }[] = [];
  for (const statute of statutes) {
    const reported = new Set<ProvisionNode>();
    for (const node of statute.nodes) {
      if (!node.ownText.trim() || engine.isDefinitions(node)) continue;
      if (!engine.isOffence(node, statute)) continue;
      // one finding per section is enough for the reader; the finest provision that says it
      if ([...reported].some((r) => r === node.section || r.section === node.section)) continue;
      const text = ownText(node, statute.language);
      // material about children is Art. 9, not a speech offence: a section that also reaches it stays with the articles
      if (engine.detector.occurs('beyond:csam', ['@csam'], subtreeText(node.section, statute.language))) continue;
      for (const rule of lexicon.beyondConvention) {
        const hit = engine.detector.occurs(`beyond:${rule.id}`, rule.patterns, text);
        if (!hit) continue;
        findings.push({ node, finding: { citation: node.citation, statute: statute.title, concern: rule.concern, evidence: hit.quote } });
        reported.add(node);
        break;
      }
    }
  }
  return findings;
}
