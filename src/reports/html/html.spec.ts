import { escapeHtml, html, joinHtml, raw, SafeHtml } from './html';

describe('html: every interpolated value is escaped unless we built it', () => {
  it('escapes the five characters that open markup or leave an attribute', () => {
    expect(escapeHtml(`<script>alert(1)</script> "onload=x' & y`)).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &quot;onload=x&#39; &amp; y');
  });

  it('escapes an entity once: an escaped ampersand is not decoded back', () => {
    expect(escapeHtml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
  });

  it('turns NUL and other control characters into a replacement character, keeping tabs and line breaks', () => {
    expect(escapeHtml('a\u0000b\u0007c\td\ne')).toBe('a\uFFFDb\uFFFDc\td\ne');
  });

  it('escapes a heading interpolated into an element and into an attribute', () => {
    const heading = 'Offences "onload=alert(1) <b>&</b>';
    const out = html`<h3 title="${heading}">${heading}</h3>`.value;
    expect(out).toBe('<h3 title="Offences &quot;onload=alert(1) &lt;b&gt;&amp;&lt;/b&gt;">Offences &quot;onload=alert(1) &lt;b&gt;&amp;&lt;/b&gt;</h3>');
  });

  it('keeps fragments built with html as markup, so nesting does not escape twice', () => {
    const inner = html`<em>${'a & b'}</em>`;
    expect(html`<p>${inner}</p>`.value).toBe('<p><em>a &amp; b</em></p>');
  });

  it('renders arrays item by item, each item escaped or kept as it deserves', () => {
    expect(html`<ul>${['<i>', html`<li>ok</li>`]}</ul>`.value).toBe('<ul>&lt;i&gt;<li>ok</li></ul>');
  });

  it('renders null, undefined and false as nothing, and numbers as text', () => {
    expect(html`[${null}${undefined}${false}${0}${42}]`.value).toBe('[042]');
  });

  it('lets raw() through unchanged: it is for our own constants only', () => {
    expect(html`<style>${raw('a > b { color: red }')}</style>`.value).toBe('<style>a > b { color: red }</style>');
  });

  it('does not trust an object that merely looks like SafeHtml', () => {
    const spoof = { value: '<script>alert(1)</script>', toString: () => '<script>alert(1)</script>' };
    expect(html`${spoof}`.value).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html`${new SafeHtml('<b>')}`.value).toBe('<b>');
  });

  it('joins fragments with an escaped separator', () => {
    expect(joinHtml(['<a>', html`<b></b>`], ' & ').value).toBe('&lt;a&gt; &amp; <b></b>');
  });
});
