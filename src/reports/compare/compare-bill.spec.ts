import { changeOf } from './compare-bill';

describe('what a bill changes for an article', () => {
  it('closes a gap it fills, narrows one it fills in part, opens or widens one it makes worse', () => {
    expect(changeOf('missing', 'covered')).toBe('closes');
    expect(changeOf('partial', 'covered')).toBe('closes');
    expect(changeOf('missing', 'partial')).toBe('narrows');
    expect(changeOf('covered', 'partial')).toBe('opens');
    expect(changeOf('partial', 'missing')).toBe('widens');
    expect(changeOf('partial', 'partial')).toBe('leaves');
    expect(changeOf('not-assessed', 'covered')).toBe('leaves');
  });
});
