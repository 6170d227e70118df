import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../common/paths';
import { ingestStatute } from '../statutes/ingest';
import { AnalysisResult } from '../analyses/analyze-law';
import { analyseDraft, articleOf, draftStatute } from './testing/statute-builder';

/**
 * Scenario: a law heads an offence as a speech offence but words it like forgery ("with intent that
 * it be acted upon as authentic"), and punishes the misuse of another's domain name. The first is
 * beyond the Convention whatever its wording; the second is no copyright offence (Art. 10).
 */
describe('speech offences named as such, and cybersquatting', () => {
  const law = draftStatute('Fictional Online Harms Act', 'en', [
    {
      citation: '5',
      heading: 'Computer forgery',
      text: 'A person who intentionally enters or changes computer data so that the record becomes inauthentic, intending it to be relied on as if it were authentic, commits an offence and is liable on conviction to imprisonment for five years.',
    },
    {
      citation: '22',
      heading: 'Publication of false information',
      text: 'Whoever deliberately spreads untrue or deceptive data online, meaning others to take it as genuine and rely on it, commits an offence punishable by a fine or by imprisonment for two years.',
    },
    {
      citation: '24',
      heading: 'Child sexual abuse material',
      text: 'A person who intentionally publishes child sexual abuse material through a computer system commits an offence punishable by imprisonment for up to twenty years. In this section, "publish" includes to distribute, transmit or make available in any way, and "child sexual abuse material" means data depicting a child engaged in sexually explicit conduct.',
    },
    {
      citation: '23',
      heading: 'Cybersquatting',
      text: 'A person who without right registers or trades on an internet domain name that belongs to someone else commits an offence and is liable on conviction to a fine.',
    },
  ]);
  const result = analyseDraft(law);

  it('lists the provision headed as a false-information offence as beyond the Convention, and not under Art. 7', () => {
    expect(result.beyondConvention.map((b) => b.citation)).toContain('22');
    const forgery = articleOf(result, '7');
    expect(forgery.provisions[0]?.citation).toBe('5');
    expect(forgery.provisions.map((p) => p.citation)).not.toContain('22');
  });

  it('does not read the domain-name offence as a copyright offence', () => {
    const copyright = articleOf(result, '10');
    expect(copyright.status).toBe('missing');
    expect(copyright.provisions.map((p) => p.citation)).not.toContain('23');
  });
});

/** The same readings on real statutes of the shared corpus (read at run time); skipped when it is absent. */
const STATUTES = join(SHARED_DIR, 'corpus', 'statutes');
const describeIfCorpus = existsSync(STATUTES) ? describe : describe.skip;

describeIfCorpus('speech offences and cybersquatting in the Kenyan Act of the corpus', () => {
  let ke: AnalysisResult;
  beforeAll(async () => {
    const file = 'ke-computer-misuse-and-cybercrimes-act-2018.txt';
    ke = analyseDraft(await ingestStatute(readFileSync(join(STATUTES, file)), file));
  });

  it('lists ss. 22 (false publications) and 23 (publication of false information) as beyond the Convention', () => {
    const cited = ke.beyondConvention.map((b) => b.citation);
    expect(cited.some((c) => /^22\b/.test(c))).toBe(true);
    expect(cited.some((c) => /^23\b/.test(c))).toBe(true);
    expect(articleOf(ke, '7').provisions[0]?.citation).toMatch(/^25\b/);
  });

  it('finds no copyright offence in s. 28 (cybersquatting)', () => {
    expect(articleOf(ke, '10').status).toBe('missing');
  });
});
