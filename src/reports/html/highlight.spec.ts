import { findSpans, highlightText } from './highlight';

const h = (quote: string, element: string) => ({ quote, element, title: `Element ${element}`, tag: element.split('.')[1] });

describe('highlightText', () => {
  it('marks quoted words ignoring case and spacing, names the element, and escapes everything else', () => {
    const text = 'A person who <b>knowingly</b>\n   and without AUTHORITY gains access to a computer & its data.';
    const { markup, found } = highlightText(text, [h('without authority', '2.without-right'), h('gains  access', '2.access')]);
    expect(markup.value).toContain('<mark data-element="2.without-right" title="Element 2.without-right">without AUTHORITY</mark><span class="el-tag"> [without-right]</span>');
    expect(markup.value).toContain('<mark data-element="2.access" title="Element 2.access">gains access</mark>');
    expect(markup.value).toContain('&lt;b&gt;knowingly&lt;/b&gt;');
    expect(markup.value).toContain('computer &amp; its data.');
    expect([...found].sort()).toEqual(['2.access', '2.without-right']);
  });

  it('searches a shortened quote piece by piece and drops overlaps', () => {
    const text = 'The officer may order the keeper to preserve the data for ninety days, renewable once.';
    const spans = findSpans(text, [h('order the keeper … for ninety days …', '16.order'), h('the keeper to preserve', '16.x')]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['order the keeper', 'for ninety days']);
  });

  it('leaves text without a match unmarked and reports nothing found', () => {
    const { markup, found } = highlightText('<script>alert(1)</script>', [h('not there', '2.access')]);
    expect(markup.value).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(found.size).toBe(0);
  });
});

describe('highlightText with cue phrases', () => {
  it('marks only the cue words inside a quote, so neighbouring elements each get their own mark', () => {
    const text = 'A person commits an offence if the person, intentionally and without lawful excuse, damages computer data.';
    const { markup } = highlightText(text, [
      { ...h('offence if the person, intentionally and without lawful', '4.intent'), focus: ['intentionally', 'intent'] },
      { ...h('person, intentionally and without lawful excuse, damages', '4.without-right'), focus: ['without lawful excuse', 'without right'] },
    ]);
    expect(markup.value).toContain('<mark data-element="4.intent" title="Element 4.intent">intentionally</mark>');
    expect(markup.value).toContain('<mark data-element="4.without-right" title="Element 4.without-right">without lawful excuse</mark>');
  });
});

