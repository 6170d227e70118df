import { readSource } from './index';

const page = (body: string, head = '') => Buffer.from(`<!DOCTYPE html><html lang="fr"><head><meta charset="windows-1252">${head}<title>Loi n° 12 | Portail</title></head><body>${body}</body></html>`, 'utf8');

describe('HTML reader', () => {
  it('drops scripts, styles, navigation, header, footer, aside and forms; blocks become lines', async () => {
    const doc = await readSource(
      page(`<header>Portail juridique</header><nav><a href="/">Accueil</a></nav>
        <script>var x = "Article 99 – piège";</script><style>p { color: red }</style>
        <h2>Article 1 – Objet</h2><p>La présente loi réprime l'accès <b>frauduleux</b>.</p>
        <aside>Documents liés</aside><form><input name="q"><button>Chercher</button></form>
        <footer>Conditions d'utilisation</footer>`),
      'loi.html',
    );
    expect(doc.format).toBe('html');
    expect(doc.lines).toEqual(['Article 1 – Objet', "La présente loi réprime l'accès frauduleux."]);
    expect(doc.declaredLanguage).toBe('fr');
  });

  it('decodes by content: declared windows-1252 but valid UTF-8 bytes stay UTF-8', async () => {
    const doc = await readSource(page('<p>Données — “système”</p>'), 'page.html');
    expect(doc.encoding).toBe('utf-8');
    expect(doc.lines).toEqual(['Données — “système”']);
  });

  it('uses the declared charset when the bytes are not UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Donn'), Buffer.from([0xe9]), Buffer.from('es</p></body></html>')]);
    const doc = await readSource(bytes, 'latin.html');
    expect(doc.lines).toEqual(['Données']);
  });

  it('<br> cuts lines, entities are decoded, <cite> watermarks and link-only lines are dropped', async () => {
    const doc = await readSource(
      page(`<p><a href="/back">Back</a></p><p><b>CHAPTER I<br>GENERAL</b></p><p>Section 1. <i>Title.</i> &#8212; The &quot;Act&quot;.<cite>w4t3rm4rk</cite></p>`),
      'ph.html',
    );
    expect(doc.lines).toEqual(['CHAPTER I', 'GENERAL', 'Section 1. Title. — The "Act".']);
  });

  it('isolates an Akoma Ntoso-derived body (akn-* classes) and keeps numbers with their text', async () => {
    const doc = await readSource(
      page(`<div class="document-detail">Published in Gazette</div>
        <div class="content"><span class="akn-akomaNtoso"><span class="akn-body">
          <section class="akn-article"><h2>Article 2 – Scope</h2><span class="akn-content">
            <span class="akn-blockList"><span class="akn-listIntroduction">This Law applies to:</span>
            <span class="akn-item"><span class="akn-num">1º</span><span class="akn-p">computers;</span></span>
            <span class="akn-item"><span class="akn-num">2°</span><span class="akn-p">networks.</span></span></span>
          </span></section></span></span></div>
        <div class="related">Related documents</div>`),
      'rw.html',
    );
    expect(doc.lines).toEqual(['Article 2 – Scope', 'This Law applies to:', '1º computers;', '2° networks.']);
  });

  it('takes the title from <h1>, else <title>', async () => {
    expect((await readSource(page('<h1>Cybercrime Law</h1><p>Text</p>'), 'a.html')).title).toBe('Cybercrime Law');
    expect((await readSource(page('<p>Text</p>'), 'b.html')).title).toBe('Loi n° 12 | Portail');
  });

  it('a page with no text left is EMPTY_FILE', async () => {
    await expect(readSource(page('<nav>menu</nav><script>1</script>'), 'blank.html')).rejects.toMatchObject({ code: 'EMPTY_FILE' });
  });
});
