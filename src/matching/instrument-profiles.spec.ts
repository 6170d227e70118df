import { loadInstrumentModels } from '../instruments/model/load-instruments';
import { loadLexicon } from './lexicon/load-lexicon';
import { assessedArticles, instrumentProfiles, match } from './match';

describe('profiles per instrument', () => {
  const lexicon = loadLexicon();
  const [ets185, ets189] = ['ets185', 'ets189'].map((id) => loadInstrumentModels().find((i) => i.id === id)!);

  it('assesses the articles its profiles describe: ETS 185 Arts. 1-22 and 24-35, none of its final clauses', () => {
    const numbers = assessedArticles(lexicon, ets185).map((a) => a.number);
    expect(numbers).toHaveLength(34);
    expect(numbers).not.toContain('23');
    expect(numbers).not.toContain('37');
  });

  it("reads ETS 189 with the Protocol's own profiles: Arts. 2-7, no final clause", () => {
    expect(assessedArticles(lexicon, ets189).map((a) => a.number)).toEqual(['2', '3', '4', '5', '6', '7']);
    expect([...instrumentProfiles(lexicon, ets189).values()].every((p) => p.instrument === 'ets189')).toBe(true);
  });

  it('refuses an instrument without profiles with a typed error instead of grading it', () => {
    const unprofiled = { ...ets189, id: 'cets224', shortTitle: 'Second Additional Protocol' };
    expect(() => match({ instrument: unprofiled, statutes: [], lexicon })).toThrow(expect.objectContaining({ code: 'INSTRUMENT_NOT_PROFILED' }));
  });
});
