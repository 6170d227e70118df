/**
 * The numbering grammar on small laws written for these specs (invented wording, not taken from
 * any statute): one scenario per `it`.
 */
import { DomainError } from '../../common/domain-error';
import { ParsedStatute, Provision, walkProvisions } from '../provision.model';
import { parseStatute } from './parse-statute';

function parse(text: string, language?: string): ParsedStatute {
  return parseStatute({ format: 'text', lines: text.split('\n') }, { fileName: 'spec.txt', language });
}

function cites(st: ParsedStatute): string[] {
  return [...walkProvisions(st.provisions)].map((p) => p.citation).filter(Boolean);
}

function find(st: ParsedStatute, citation: string): Provision {
  const p = [...walkProvisions(st.provisions)].find((x) => x.citation === citation);
  if (!p) throw new Error(`${citation} not found in ${cites(st).join(' ')}`);
  return p;
}

describe('parseStatute: section lines', () => {
  it('reads "N. Heading" lines with the text below, inside Parts that cite themselves', () => {
    const st = parse(
      [
        'Model Cyber Law 2030',
        'Part I',
        '1. Short title',
        'This Law may be cited as the Model Cyber Law.',
        '2. Meaning of words',
        'In this Law, unless the context otherwise requires— "gadget" means a machine that counts.',
        'Part II',
        '3. Entering a gadget without leave',
        'A person who enters a gadget without leave commits an offence.',
      ].join('\n'),
    );
    expect(st.title).toBe('Model Cyber Law 2030');
    expect(st.provisions.map((p) => [p.citation, p.kind])).toEqual([
      ['Part I', 'part'],
      ['Part II', 'part'],
    ]);
    expect(cites(st)).toEqual(['Part I', '1', '2', 'Part II', '3']);
    expect(find(st, '3').heading).toBe('Entering a gadget without leave');
    expect(find(st, '2').role).toBe('definitions');
  });

  it('reads SEC. and § forms and drops the word from the citation', () => {
    const st = parse(
      [
        'An Act on gadgets',
        'SEC. 1. Title. — This Act is the Gadget Act.',
        'SEC. 2. Offences. — The following acts are offences:',
        '(a) Entering. — Going into a gadget without leave.',
        '§ 3. Penalties',
        'Any person found guilty under section 2 shall be punished with a fine.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['1', '2', '2(a)', '3']);
    expect(find(st, '1').heading).toBe('Title');
    expect(find(st, '1').text).toBe('This Act is the Gadget Act.');
    expect(find(st, '2(a)').heading).toBe('Entering');
    expect(find(st, '3').role).toBe('penalty');
  });

  it('takes the heading printed above a bare number (marginal-note style)', () => {
    const st = parse(
      ['Gadget Act', 'Entering a gadget', '1', '(1) A person commits an offence if he enters a gadget.', 'Searching', '2', '(1) A judge may issue a warrant.'].join('\n'),
    );
    expect(cites(st)).toEqual(['1', '1(1)', '2', '2(1)']);
    expect(find(st, '1').heading).toBe('Entering a gadget');
    expect(find(st, '2').heading).toBe('Searching');
  });

  it('rejects a number that does not follow the sequence (page number, cross-reference)', () => {
    const st = parse(
      [
        'Gadget Act',
        '1. Short title',
        'This Act is the Gadget Act.',
        '2. Offence',
        'A person who enters a gadget commits an offence and the court may order',
        '17',
        'that the gadget be returned.',
        '3. Section 2 of the Old Act is repealed',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['1', '2', '3']);
    expect(find(st, '2').text).toContain('17');
  });

  it('accepts an out-of-order number when a heading sits above it and a subsection below', () => {
    const st = parse(
      ['Gadget Act', 'Entering', '1', '(1) Text one.', 'Damage', '2', '(1) Text two.', 'Inserted offence', '1A', '(1) Text inserted later.'].join('\n'),
    );
    expect(cites(st)).toEqual(['1', '1(1)', '2', '2(1)', '1A', '1A(1)']);
    expect(st.warnings.some((w) => /1A is printed after 2/.test(w))).toBe(true);
  });

  it('reports a gap in the numbering', () => {
    const st = parse(['Gadget Act', '1. One', 'Text.', '2. Two', 'Text.', '4. Four', 'Text.'].join('\n'));
    expect(cites(st)).toEqual(['1', '2', '4']);
    expect(st.warnings.join('\n')).toMatch(/no provision numbered 3 between 2 and 4/);
  });

  it('throws NO_PROVISIONS_FOUND naming the file when nothing is numbered', () => {
    expect(() => parse('Just a letter\nWith two lines of prose.')).toThrow(DomainError);
    try {
      parse('Just a letter\nWith two lines of prose.');
    } catch (e) {
      expect((e as DomainError).code).toBe('NO_PROVISIONS_FOUND');
      expect((e as DomainError).message).toContain('spec.txt');
    }
  });

  it('throws EMPTY_FILE for a document without text', () => {
    expect(() => parse('\n  \n')).toThrow(expect.objectContaining({ code: 'EMPTY_FILE' }));
  });
});

describe('parseStatute: civil-law article forms', () => {
  it('reads "Artículo 1°.-" as 1, letter-suffixed 269A, and numbered items as (1)', () => {
    const st = parse(
      [
        'LEY DE PRUEBA',
        'Artículo 1°.- Acceso indebido. El que entre en un sistema ajeno será castigado con multa.',
        'Artículo 2°.- Agravantes. Son agravantes:',
        '1. Obrar de noche.',
        '2. Obrar en banda.',
        'Artículo 2A: Daño informático. El que borre datos ajenos será castigado con multa.',
        'Artículo 3º. Derogado.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['1', '2', '2(1)', '2(2)', '2A', '3']);
    expect(find(st, '1').heading).toBe('Acceso indebido');
    expect(find(st, '1').kind).toBe('article');
    expect(find(st, '2A').heading).toBe('Daño informático');
    expect(find(st, '3').role).toBe('repealed');
    expect(st.language).toBe('es');
  });

  it('reads French hyphenated numbers and "Article premier"', () => {
    const st = parse(
      [
        'Loi de test',
        'Article premier',
        'La présente loi protège les machines de la ville.',
        'Article 2',
        'Il est inséré dans le code les articles suivants :',
        'Article 123-1',
        'Le fait d’entrer dans une machine sans droit est puni d’une amende.',
        'Article 123-2',
        'Le fait de détruire les données est puni de la même peine.',
        'Article 3',
        'La présente loi entre en vigueur demain.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['1', '2', '123-1', '123-2', '3']);
    expect(find(st, '2').children.map((c) => c.citation)).toEqual(['123-1', '123-2']);
    expect(st.language).toBe('fr');
  });

  it('treats "Section One" as a group when articles carry the numbering', () => {
    const st = parse(
      [
        'Law on gadgets',
        'Chapter One',
        'General provisions',
        'Section One – Duties',
        'Article One – Purpose',
        'This Law protects gadgets.',
        'Article 2 – Duties of keepers',
        'A keeper must:',
        '1° lock the gadget;',
        '2° report thefts.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['Chapter One', 'Section One', '1', '2', '2(1)', '2(2)']);
    expect(find(st, 'Chapter One').heading).toBe('General provisions');
    expect(find(st, 'Section One').kind).toBe('division');
  });
});

describe('parseStatute: labels inside sections', () => {
  it('splits a flattened paragraph at labels that start clauses', () => {
    const st = parse(
      [
        'Gadget Act',
        '1. Entering',
        '(1) A person who— (a) enters a gadget; or (b) stays in a gadget, commits an offence. (2) Subsection (1) does not apply to an owner.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['1', '1(1)', '1(1)(a)', '1(1)(b)', '1(2)']);
    expect(find(st, '1(2)').text).toBe('Subsection (1) does not apply to an owner.');
  });

  it('leaves cross-references alone: "section 3(1)", "under subsection (2)", "paragraphs (a) to (c)"', () => {
    const st = parse(
      [
        'Gadget Act',
        '1. Scope',
        'This section applies to acts under section 3(1) and under subsection (2) of section 4, and paragraphs (a) to (c) of that section.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['1']);
  });

  it('reads (i) after (h) as a letter when (j) follows', () => {
    const items = 'abcdefghij'.split('').map((l) => `(${l}) item ${l};`).join(' ');
    const st = parse(['Gadget Act', '1. List', `The Board shall— ${items}`].join('\n'));
    expect(cites(st)).toEqual(['1', ...'abcdefghij'.split('').map((l) => `1(${l})`)]);
  });

  it('reads (i) after (h) as a numeral when (ii) follows', () => {
    const items = 'abcdefg'.split('').map((l) => `(${l}) item ${l};`).join(' ');
    const st = parse(['Gadget Act', '1. List', `The Board shall— ${items} (h) report on— (i) costs; and (ii) risks; (i) advise.`].join('\n'));
    expect(cites(st)).toEqual(['1', ...'abcdefgh'.split('').map((l) => `1(${l})`), '1(h)(i)', '1(h)(ii)', '1(i)']);
    expect(find(st, '1(h)(i)').text).toBe('costs; and');
    expect(find(st, '1(i)').text).toBe('advise.');
  });

  it('nests US-style levels (a)(1)(A)(i)(I) printed one per line', () => {
    const st = parse(
      ['Title 1', '§ 100. Offences', '(a) Whoever', '(1) does this', '(A) in one way;', '(i) with a tool;', '(I) at night; or', '(II) by day;', '(B) in another way;', '(2) does that,', '(b) Penalty.'].join('\n'),
    );
    expect(cites(st)).toEqual(['100', '100(a)', '100(a)(1)', '100(a)(1)(A)', '100(a)(1)(A)(i)', '100(a)(1)(A)(i)(I)', '100(a)(1)(A)(i)(II)', '100(a)(1)(B)', '100(a)(2)', '100(b)']);
  });

  it('keeps a label printed twice as one provision and warns', () => {
    const st = parse(['Gadget Act', 'Links', '1', '(1) A link is—', '(a) first variant;', '(b) second variant;', '(b) second variant, other version.', '(2) Next.'].join('\n'));
    expect(cites(st)).toEqual(['1', '1(1)', '1(1)(a)', '1(1)(b)', '1(2)']);
    expect(find(st, '1(1)(b)').text).toContain('other version');
    expect(st.warnings.join()).toMatch(/1\(1\)\(b\) is printed twice/);
  });

  it('keeps definitions whose lists restart per term as one provision', () => {
    const st = parse(
      [
        'Gadget Act',
        '2. Interpretation',
        'In this Act— "gadget" means— (a) a phone; or (b) a tablet; "keeper" means— (a) an owner; or (b) a renter.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['2']);
    expect(find(st, '2').text).toContain('(b) a renter.');
  });

  it('reads inserted labels (1A), decimal labels (1.1) and spaced labels ( a )', () => {
    const st = parse(['Gadget Act', '1. Mixed', '(1) One. (1.1) One point one. (2) Two— ( a ) alpha; ( b ) beta. (2A) Two A.'].join('\n'));
    expect(cites(st)).toEqual(['1', '1(1)', '1(1.1)', '1(2)', '1(2)(a)', '1(2)(b)', '1(2A)']);
  });
});

describe('parseStatute: amending provisions', () => {
  it('keeps inserted sections under the amending section, with their own citations', () => {
    const st = parse(
      [
        'Gadget Amendment Act',
        '1. Short title',
        'This Act is the Gadget Amendment Act.',
        '2. The Principal Act is amended by adding the following after section 9:',
        'Remote entry',
        '9.1',
        '(1) A person who enters a gadget from afar commits an offence.',
        'Remote damage',
        '9.2',
        '(1) A person who damages a gadget from afar commits an offence.',
        '3. Section 12 of the Principal Act is repealed.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['1', '2', '9.1', '9.1(1)', '9.2', '9.2(1)', '3']);
    expect(find(st, '2').children.map((c) => c.citation)).toEqual(['9.1', '9.2']);
    expect(find(st, '9.1').heading).toBe('Remote entry');
    expect(find(st, '2').role).toBe('amending');
    expect(find(st, '3').role).toBe('amending');
  });

  it('keeps a quoted inserted article ("218 bis") under the item that inserts it', () => {
    const st = parse(
      [
        'LEY DE PRUEBA',
        'Artículo 1.- Modifícase el Código en el siguiente sentido:',
        '1) Agrégase el siguiente artículo 50 bis, nuevo:',
        '"Artículo 50 bis.- Conservación de datos. El fiscal podrá pedir la conservación de datos.".',
        '2) Suprímese el artículo 51.',
        'Artículo 2.- Esta ley rige desde hoy.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['1', '1(1)', '50 bis', '1(2)', '2']);
    expect(find(st, '50 bis').heading).toBe('Conservación de datos');
  });

  it('nests subsections inserted after "shall be inserted—" under the inserting subsection', () => {
    const st = parse(
      ['Gadget Act', 'Amendment', '1', '(1) Text.', '(2) The following subsections shall be inserted after section 5(1) of the Old Act—', '(1A) New one.', '(1B) New two.', '(3) Back to the Act.'].join('\n'),
    );
    expect(cites(st)).toEqual(['1', '1(1)', '1(2)', '1(2)(1A)', '1(2)(1B)', '1(3)']);
  });
});

describe('parseStatute: restarts of the numbering', () => {
  it('reads a list of headings before the body as an arrangement of sections', () => {
    const st = parse(
      [
        'Gadget Act',
        'ARRANGEMENT OF SECTIONS',
        '1. Short title',
        '2. Entering a gadget',
        '3. Damaging a gadget',
        '1. Short title',
        'This Act is the Gadget Act.',
        '2. Entering a gadget',
        'A person who enters a gadget without leave commits an offence.',
        '3. Damaging a gadget',
        'A person who damages a gadget commits an offence.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['1', '2', '3']);
    expect(find(st, '2').text).toContain('without leave');
    expect(st.warnings.join()).toMatch(/arrangement of sections/);
  });

  it('keeps a second language version after the first as text, not as duplicate sections', () => {
    const st = parse(
      [
        'Gadget By-law',
        '1. Short title',
        'This By-law is the Gadget By-law.',
        '2. Offence',
        'No person may damage a gadget.',
        '3. Penalty',
        'A person who contravenes section 2 is liable to a fine.',
        '1. Kort titel',
        'Hierdie verordening is die Toestelverordening.',
        '2. Oortreding',
        'Niemand mag ’n toestel beskadig nie.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['1', '2', '3']);
    const last = st.provisions[st.provisions.length - 1];
    expect(last.kind).toBe('division');
    expect(last.text).toContain('Niemand mag');
  });
});

describe('parseStatute: other languages and label forms', () => {
  it('reads Vietnamese "Điều" articles, "Chương" chapters and the letter đ in lists', () => {
    const st = parse(
      [
        'LUẬT THỬ NGHIỆM',
        'Chương I',
        'QUY ĐỊNH CHUNG',
        'Điều 1. Phạm vi điều chỉnh',
        'Luật này quy định về việc bảo vệ máy tính của người dân.',
        'Điều 2. Hành vi bị cấm',
        '1. Các hành vi sau đây bị cấm:',
        'a) truy cập trái phép;',
        'b) phá hoại dữ liệu;',
        'c) phát tán vi rút;',
        'd) đánh cắp mật khẩu;',
        'đ) lừa đảo qua mạng;',
        'e) các hành vi khác.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['Chương I', '1', '2', '2(1)', '2(1)(a)', '2(1)(b)', '2(1)(c)', '2(1)(d)', '2(1)(đ)', '2(1)(e)']);
    expect(find(st, '1').heading).toBe('Phạm vi điều chỉnh');
    expect(st.language).toBe('vi');
  });

  it('reads two labels printed together at the start of a line: "(1)(a) Text"', () => {
    const st = parse(['Gadget By-law', '1. Register', '(1)(a) The official must keep a register.', '(b) The register is public.', '(2) Fees apply.'].join('\n'));
    expect(cites(st)).toEqual(['1', '1(1)', '1(1)(a)', '1(1)(b)', '1(2)']);
  });
});

describe('parseStatute: never loses text', () => {
  it('keeps the preamble, group headings and trailing signatures', () => {
    const st = parse(
      ['The Gadget Act', 'Whereas gadgets matter;', 'Now therefore it is enacted:', 'Offences', 'Entering', '1', '(1) A person who enters a gadget commits an offence.', 'Done at the capital.'].join('\n'),
    );
    const all = [...walkProvisions(st.provisions)];
    expect(all[0].citation).toBe('');
    expect(all[0].text).toContain('Whereas gadgets matter;');
    expect(all[0].role).toBe('formal');
    expect(all.some((p) => p.kind === 'division' && p.heading === 'Offences')).toBe(true);
    expect(find(st, '1(1)').text).toBe('A person who enters a gadget commits an offence.');
    expect(all[all.length - 1]).toMatchObject({ kind: 'division', citation: '', role: 'formal', text: 'Done at the capital.' });
  });
});

describe('parseStatute: labels printed without punctuation before them', () => {
  it('takes the next subsection after a bare word when a sentence starts after it', () => {
    const st = parse(
      [
        'Records Act',
        '1. Handing over records',
        '(1) A keeper may order any holder to hand over the records (2) The order must be in writing. ' +
          '(3) Where the holder refuses, the keeper may ask the court for— (a) an order to hand over; or (b) a fine.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['1', '1(1)', '1(2)', '1(3)', '1(3)(a)', '1(3)(b)']);
    expect(find(st, '1(1)').text).toBe('A keeper may order any holder to hand over the records');
    expect(find(st, '1(2)').text).toBe('The order must be in writing.');
  });

  it('takes the next subsection after the last item of a list that lost its full stop', () => {
    const st = parse(
      ['Records Act', '1. Notices', '(1) A notice states— (a) the sender; and (b) the records sought (2) A false notice is an offence.'].join('\n'),
    );
    expect(cites(st)).toEqual(['1', '1(1)', '1(1)(a)', '1(1)(b)', '1(2)']);
    expect(find(st, '1(1)(b)').text).toBe('the records sought');
  });

  it('takes the next paragraph after a closing quotation mark, but not the label quoted inside it', () => {
    const st = parse(
      ['Records Act', '1. Amendment of section 3', 'The Old Act is amended in section 3 by— (a) adding “ (k) gadget offences” and (b) renumbering the rest.'].join('\n'),
    );
    expect(cites(st)).toEqual(['1', '1(a)', '1(b)']);
    expect(find(st, '1(a)').text).toContain('(k) gadget offences');
    expect(find(st, '1(b)').text).toBe('renumbering the rest.');
  });

  it('leaves references and out-of-sequence numbers after a word as text', () => {
    const st = parse(
      [
        'Records Act',
        '1. Duties',
        '(1) The keeper acts as set out in subsection (2) Other duties are in section 4 (2) Nothing here binds the records (4) Courts. (2) The keeper reports yearly.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['1', '1(1)', '1(2)']);
    expect(find(st, '1(1)').text).toContain('subsection (2) Other duties are in section 4 (2) Nothing here binds the records (4) Courts.');
    expect(find(st, '1(2)').text).toBe('The keeper reports yearly.');
  });

  it('takes a label opening a line after a line cut short at a preposition, when it continues the series', () => {
    const st = parse(
      [
        'Records Act',
        '1. Review',
        '(1) The keeper decides.',
        '(2) The keeper follows the directions issued by',
        '(3) Any holder may ask for a review.',
        '(4) A review is decided under',
        '(1) and the keeper then acts.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['1', '1(1)', '1(2)', '1(3)', '1(4)']);
    expect(find(st, '1(3)').text).toBe('Any holder may ask for a review.');
    expect(find(st, '1(4)').text).toContain('(1) and the keeper then acts.');
  });
});

describe('parseStatute: the formal end of a law', () => {
  it('reads signatures and the promulgation formula as one formal division after the last article', () => {
    const st = parse(
      [
        'LEY DE PRUEBA',
        'El Congreso de Ninguna Parte',
        'DECRETA:',
        'Artículo 1°. Esta ley protege los aparatos.',
        'Artículo 2°. La presente ley será aplicada desde su publicación.',
        'El Presidente del honorable Senado,',
        'Pedro Pérez Gómez.',
        'REPÚBLICA DE NINGUNA PARTE - GOBIERNO',
        'Publíquese y cúmplase.',
        'Dada en la capital, a 1 de enero de 2030.',
        'ANA LÓPEZ RUIZ',
        'La Ministra de Justicia,',
        'Marta Gil.',
      ].join('\n'),
    );
    expect(st.provisions.map((p) => [p.citation, p.kind, p.role])).toEqual([
      ['', 'division', 'formal'],
      ['1', 'article', 'normative'],
      ['2', 'article', 'normative'],
      ['', 'division', 'formal'],
    ]);
    expect(find(st, '2').text).toBe('La presente ley será aplicada desde su publicación.');
    const closing = st.provisions[3];
    expect(closing.heading).toBeUndefined();
    expect(closing.text.split('\n')).toHaveLength(8);
    expect(closing.text).toContain('ANA LÓPEZ RUIZ');
  });

  it('takes a capitals line printed over the formula into the block', () => {
    const st = parse(
      [
        'Gadget Act',
        '1. Short title',
        'This Act is the Gadget Act.',
        '2. Commencement',
        'This Act comes into force today.',
        'THE REPUBLIC OF NOWHERE',
        'Passed in the National Assembly on the first day of May.',
        '(Sgd.) A. CLERK',
      ].join('\n'),
    );
    expect(st.provisions.map((p) => [p.citation, p.role])).toEqual([
      ['1', 'normative'],
      ['2', 'normative'],
      ['', 'formal'],
    ]);
    expect(st.provisions[2].text.split('\n')[0]).toBe('THE REPUBLIC OF NOWHERE');
  });

  it('cuts the last line where a formula of promulgation starts a sentence', () => {
    const st = parse(
      ['Loi de test', 'Article premier', 'Les appareils sont protégés.', 'Article 2', 'Un décret en règle les détails. La présente loi sera exécutée comme loi de l’Etat. Elle entre en vigueur demain. Fait à Ville, le 1er mai.'].join('\n'),
    );
    expect(find(st, '2').text).toBe('Un décret en règle les détails.');
    const closing = st.provisions[st.provisions.length - 1];
    expect(closing.role).toBe('formal');
    expect(closing.text).toMatch(/^La présente loi sera exécutée/);
  });

  it('leaves the text of the last section alone when no formula follows', () => {
    const st = parse(
      [
        'Gadget Act',
        '1. Short title',
        'This Act is the Gadget Act.',
        '2. Regulations',
        'The Minister may make regulations.',
        'Made regulations are laid before Parliament.',
        'The Minister may, after hearing the Board,',
        'Fix Fees.',
      ].join('\n'),
    );
    expect(st.provisions.map((p) => p.citation)).toEqual(['1', '2']);
    expect(find(st, '2').text).toContain('Made regulations are laid before Parliament.');
    expect(find(st, '2').text).toContain('Fix Fees.');
  });
});

describe('parseStatute: the law resumes after text numbered apart', () => {
  it('puts article 2 back at the law\'s level after chapters of the code text article 1 inserts', () => {
    const st = parse(
      [
        'LEY DE PRUEBA',
        'Artículo 1°. Agrégase al Código el siguiente título:',
        'CAPITULO I',
        'De los aparatos',
        'Artículo 300A: Daño. El que dañe un aparato será castigado.',
        'Artículo 300B: Uso. El que use un aparato ajeno será castigado.',
        'CAPITULO II',
        'De otras faltas',
        'Artículo 300C: Robo. El que robe datos será castigado.',
        'Artículo 2°. Esta ley rige desde hoy.',
      ].join('\n'),
    );
    expect(st.provisions.map((p) => p.citation)).toEqual(['1', 'CAPITULO I', 'CAPITULO II', '2']);
    expect(find(st, 'CAPITULO II').children.map((c) => c.citation)).toEqual(['300C']);
    expect(st.warnings.join()).toMatch(/2° continues the numbering of 1°/);
    expect(st.warnings.join()).not.toMatch(/out of order/);
  });

  it('returns to the law\'s own title, not to the top, when the law has containers', () => {
    const st = parse(
      [
        'LEY DE PRUEBA',
        'TÍTULO I',
        'Reformas',
        'Artículo 1°. Agrégase al Código el siguiente capítulo:',
        'CAPITULO IX',
        'De los aparatos',
        'Artículo 400: Daño. El que dañe un aparato será castigado.',
        'Artículo 401: Uso. El que use un aparato ajeno será castigado.',
        'Artículo 2°. Esta ley rige desde hoy.',
        'TÍTULO II',
        'Disposiciones finales',
        'Artículo 3°. Se deroga la ley anterior.',
      ].join('\n'),
    );
    expect(st.provisions.map((p) => p.citation)).toEqual(['TÍTULO I', 'TÍTULO II']);
    expect(st.provisions[0].children.map((c) => c.citation)).toEqual(['1', 'CAPITULO IX', '2']);
    expect(st.provisions[1].children.map((c) => c.citation)).toEqual(['3']);
  });

  it('still reports a misplaced section as out of order when the sequence never jumped', () => {
    const st = parse(['Gadget Act', '1. One', 'Text one.', '2. Two', 'Text two.', '3. Three', 'Text three.', 'Late', '1A', '(1) A late section.'].join('\n'));
    expect(st.warnings.join()).not.toMatch(/continues the numbering/);
  });
});

describe('parseStatute: flattened lists after an unusual lead-in', () => {
  it('opens a paragraph list after a comma when the next item starts a clause', () => {
    const st = parse(
      [
        'Gadget Code',
        '12 (1) A person commits an offence who, knowingly and without leave, (a) opens a gadget; (b) copies its counter; or (c) hides the copy.',
        '(2) A person who aids an offence under subsection (1) is liable to a fine.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['12', '12(1)', '12(1)(a)', '12(1)(b)', '12(1)(c)', '12(2)']);
    expect(find(st, '12(1)').text).toMatch(/without leave,$/);
  });

  it('opens the punishment list after "under subsection (1)" when its (b) follows "; or"', () => {
    const st = parse(
      [
        'Gadget Code',
        '14 (1) No person shall open a gadget of another person.',
        '(2) Anyone who breaks the rule under subsection (1) (a) is liable on indictment to two years in prison; or (b) is liable on summary conviction to a fine.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['14', '14(1)', '14(2)', '14(2)(a)', '14(2)(b)']);
  });

  it('keeps "subsection (2) (a)" as a reference when the next (b) belongs to a later list', () => {
    const st = parse(
      [
        'Gadget Code',
        '15 (1) A gadget owner may refuse messages. (2) A person who writes after a refusal under subsection (2) (a) commits an offence. (3) Subsection (2) does not apply where— (a) the owner asked for the message; or (b) the message is an alert.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['15', '15(1)', '15(2)', '15(3)', '15(3)(a)', '15(3)(b)']);
  });

  it('reads three-digit decimal inserts such as (1.101) between (1.1) and (1.11)', () => {
    const st = parse(
      ['Gadget Code', '16 (1) First rule.', '(1.1) Second rule. (1.101) Third rule. (1.11) Fourth rule. (2) Fifth rule.'].join('\n'),
    );
    expect(cites(st)).toEqual(['16', '16(1)', '16(1.1)', '16(1.101)', '16(1.11)', '16(2)']);
  });

  it('starts a definition list at (1) after "As used in this section", inline or on the next line', () => {
    const inline = parse(
      [
        'GADGET CODE',
        '§ 1. Gadget sales',
        '(a) No one may sell a gadget without a licence.',
        '(b) As used in this section (1) the term “gadget” means a counting machine; (2) the term “licence” means a permit from the board.',
      ].join('\n'),
    );
    expect(cites(inline)).toEqual(['1', '1(a)', '1(b)', '1(b)(1)', '1(b)(2)']);
    const wrapped = parse(
      [
        'GADGET CODE',
        '§ 1. Definitions',
        'As used in this chapter',
        '(1) “gadget” means a counting machine;',
        '(2) “licence” means a permit from the board.',
        '§ 2. Sales',
        'No one may sell a gadget without a licence.',
      ].join('\n'),
    );
    expect(cites(wrapped)).toEqual(['1', '1(1)', '1(2)', '2']);
  });

  it('a list of one unquoted term is text when the bracketed equivalent and another term follow', () => {
    const st = parse(
      [
        'Gadget Code',
        '18 (1) No one may open a gadget without leave.',
        '(2) In this section, owner owner means the holder of title; ( propriétaire ) gadget gadget means a machine that, alone or with others, (a) keeps a count, and (b) shows it; ( appareil ) leave leave means the written consent of the owner. ( permission )',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['18', '18(1)', '18(2)']);
    expect(find(st, '18(2)').text).toMatch(/\(a\) keeps a count/);
  });
});

describe('parseStatute: amending provisions that quote inserted subsections', () => {
  it('files the quoted subsection under the amending subsection, and the next amending subsection beside it', () => {
    const st = parse(
      [
        'Gadget Amendment Act',
        '1',
        '(1) Section 39 of the Act is repealed.',
        '2',
        '(1) Subsection 40(1.1) of the Act is replaced by the following:',
        'Opening a gadget',
        '(1.1) Everyone commits an offence who opens a gadget',
        '(a) without leave; or',
        '(b) by force.',
        '(2) Subsection 40(3) of the Act is replaced by the following:',
        '(3) A person who opens a gadget is liable to a fine.',
        '(3) Subsection 40(5) of the Act is repealed.',
      ].join('\n'),
    );
    expect(cites(st)).toEqual(['1', '1(1)', '2', '2(1)', '2(1)(1.1)', '2(1)(1.1)(a)', '2(1)(1.1)(b)', '2(2)', '2(2)(3)', '2(3)']);
  });
});
