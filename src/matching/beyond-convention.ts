/**
 * Provisions beyond the Convention: offences that punish speech as such (false news, insult,
 * defamation, offensive or indecent communication not tied to children, harassment of officials).
 * They are reported apart, never forced onto an article.
 */
import { BeyondConventionFinding } from './match.model';
import { Lexicon } from './lexicon/lexicon.model';
import { MatchingEngine } from './engine';
import { isInside, ownText, PreparedStatute, ProvisionNode, subtreeText } from './statute/prepared-statute';
import { IndexedText } from './patterns/cue-pattern';

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
      if (!engine.isOffence(node, statute)) continue;
      // one finding per provision: nothing inside a provision already reported
      if ([...reported].some((r) => isInside(node, r))) continue;
      // material about children is Art. 9, not a speech offence: a provision that also reaches it stays with the articles
      if (engine.detector.occurs('beyond:csam', ['@csam'], subtreeText(node, statute.language))) continue;
      // A provision the law itself heads as a speech offence ("False publications") is one, whatever
      // else its words reach (an intent that the data "be acted upon as authentic" does not make it
      // forgery); otherwise a provision that states one of the Convention's offences is not one.
      const heading = node.provision.heading?.trim() ? new IndexedText(node.provision.heading, statute.language) : undefined;
      const headed = heading && lexicon.beyondConvention.find((rule) => engine.detector.occurs(`beyond-heading:${rule.id}`, rule.patterns, heading));
      if (!headed && implementsOffence(node)) continue;
      const text = ownText(node, statute.language);
      for (const rule of headed ? [headed] : lexicon.beyondConvention) {
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
