/**
 * Cutting flattened amending paragraphs where a quoted provision starts (invented text).
 */
import { splitInlineInsertions } from './inline-insertions';
import { parseStatute } from './parse-statute';

const AMENDING =
  '(1) The Records Law is amended by the repeal of sections 40 to 42 and the substitution of the following— "40. Entering a record system (1) A person who enters a record system without authority commits an offence and is liable to a fine not exceeding level 5. 40A. Copying records A person who copies a record without authority commits an offence.". (2) The Records Law is amended in section 3 by the insertion after subsection (2) of the following subsection— "(3) In this section a record system includes a backup kept by a contractor for an office of the State.".';

describe('splitInlineInsertions', () => {
  it('cuts before each quoted provision, in sequence, and before text quoted into a named section', () => {
    const split = splitInlineInsertions(['Title', AMENDING]);
    expect(split.lines.map((l) => l.slice(0, 24))).toEqual(['Title', '(1) The Records Law is a', '"40. Entering a record s', '40A. Copying records A p', '"(3) In this section a r']);
    expect(split.origin).toEqual([0, 1, 1, 1, 1]);
    expect(split.insertions).toEqual([{ line: 2 }, { line: 3 }, { line: 4, into: '3' }]);
    expect(split.lines.join(' ').replace(/\s+/g, ' ')).toBe(`Title ${AMENDING}`.replace(/\s+/g, ' '));
  });

  it('reads "the following new sections", "el siguiente texto" and "los siguientes nuevos artículos" as announcing provisions', () => {
    const en = 'The Records Law is amended by inserting after section 9 the following new sections— "9A. Keeping copies The keeper shall keep a copy of every record in a second place. 9B. Destroying copies The keeper shall destroy a copy once the record itself is destroyed, and shall note the date in the register.".';
    expect(splitInlineInsertions([en]).insertions).toHaveLength(2);
    const es = 'Artículo 2.- Incorpórase al Código Penal el artículo 207-E, con el siguiente texto: "Artículo 207-E.- Venta de claves. Quien venda claves de acceso ajenas será sancionado con prisión de uno a tres años y multa de cien días, salvo que el hecho constituya un delito más grave."';
    expect(splitInlineInsertions([es]).lines.slice(1)).toEqual(['"Artículo 207-E.- Venta de claves. Quien venda claves de acceso ajenas será sancionado con prisión de uno a tres años y multa de cien días, salvo que el hecho constituya un delito más grave."']);
    const es2 = 'Artículo 3.- Agréganse al Código Penal los siguientes nuevos artículos: "Artículo 208.- Daño a sistemas. Quien dañe un sistema ajeno será sancionado con prisión. Artículo 208 bis.- Daño agravado. La pena se duplicará si el sistema presta un servicio público."';
    expect(splitInlineInsertions([es2]).insertions).toHaveLength(2);
  });

  it('leaves alone long lines that quote no provision: references, definitions, numbers out of sequence', () => {
    const plain = [
      'In this Act the following— "record" means a thing kept in writing or in a record system, and "keeper" means the officer named under section 12 to keep it, and includes a deputy named under section 14 of the Offices Law for the purposes of its Part 3.',
      'The Minister may make regulations on the following matters— "1. Fees for copies" and "7. Hours of opening" as printed in the schedule, and on any other matter that this Act requires or allows to be prescribed by regulation.',
    ];
    const split = splitInlineInsertions(plain);
    expect(split.lines).toEqual(plain);
    expect(split.insertions).toEqual([]);
  });

  it('gives the inserted provisions the line they were printed on', () => {
    const st = parseStatute({ format: 'text', lines: ['The Records Law (Amendment) Act', '1. Short title This Act may be cited as the Records Law (Amendment) Act.', `2. Amendment of the Records Law ${AMENDING}`, '3. Commencement This Act comes into force on publication.'] });
    const s2 = st.provisions.find((p) => p.citation === '2')!;
    const inserted = s2.children.flatMap((c) => c.children);
    expect(inserted.map((p) => [p.citation, p.line])).toEqual([['40', 3], ['40A', 3], ['3', 3]]);
    expect(st.provisions.find((p) => p.citation === '3' && p.depth === 0)!.line).toBe(4);
  });
});
