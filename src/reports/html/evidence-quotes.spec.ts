/** Quoted evidence on the report page: one pair of quotation marks, the statute's own quotes nested inside. */
import { nestQuotes, shortenEvidence } from './gap-report-view';

describe('evidence quotes', () => {
  it('turns a defined term in straight or curly double quotes into single quotes', () => {
    expect(shortenEvidence('"blinking device" means any gadget that glows')).toBe('\u2018blinking device\u2019 means any gadget that glows');
    expect(nestQuotes('\u201cwobble data\u201d includes every wobble')).toBe('\u2018wobble data\u2019 includes every wobble');
  });

  it('leaves no double quote when the span was cut inside a quotation', () => {
    expect(nestQuotes('the term "glow')).toBe('the term \u2018glow');
    expect(nestQuotes('glow" is used')).toBe('glow\u2019 is used');
    expect(nestQuotes('plain words')).toBe('plain words');
  });
});
