/**
 * Provisions beyond the Convention: offences that punish speech as such (false news, insult,
 * defamation, offensive or indecent communication not tied to children, harassment of officials).
 * They are reported apart, never forced onto an article.
 */
import { BeyondConventionFinding } from './match.model';
import { Lexicon } from './lexicon/lexicon.model';
import { MatchingEngine } from './engine';
import { isInside, ownText, PreparedStatute, ProvisionNode, subtreeText } from './statute/prepared-statute';

export function findBeyondConvention(
  statutes: PreparedStatute[],
  engine: MatchingEngine,
  lexicon: Lexicon,
  implementsOffence: (node: ProvisionNode) => boolean = () => false,
): { node: ProvisionNode; finding: BeyondConventionFinding }[] {
  const findings: { node: ProvisionNode; finding: BeyondConventionFinding }[] = [];
  for (const statute of statutes) {
    const reported = new Set<ProvisionNode>();
    for (const node of statute.nodes) {
      if (!node.ownText.trim() || !node.citation.trim() || engine.isDefinitions(node)) continue;
      if (node.provision.role === 'repealed' || node.provision.role === 'formal') continue;
      if (!engine.isOffence(node, statute) || implementsOffence(node)) continue;
      // one finding per provision: nothing inside a provision already reported
      if ([...reported].some((r) => isInside(node, r))) continue;
      const text = ownText(node, statute.language);
      // material about children is Art. 9, not a speech offence: a provision that also reaches it stays with the articles
      if (engine.detector.occurs('beyond:csam', ['@csam'], subtreeText(node, statute.language))) continue;
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
