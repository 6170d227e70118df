import { chooseTitle, findTitle, firstCleanLine, isTitleLine } from './title';
import { readSource } from './index';

describe('statute title from the title block', () => {
  it('recognises name lines in the drafting shapes of titles', () => {
    for (const t of [
      'Model Data Misuse Act 2031',
      'Data Protection Act, 2031 (Act 1200)',
      'THE MODEL RECORDS ACT, 2031',
      'Republic Act No. 99001',
      'Loi n° 2031-7 du 3 mars 2031 relative aux données',
      'Ley 9999 de 2031',
      'LEY NÚM. 99.001',
      'Code des données',
      'BỘ LUẬT DỮ LIỆU',
      'Harbour Signs By-law, 2031',
    ]) expect([t, isTitleLine(t)]).toEqual([t, true]);
    for (const t of [
      'Gazette Supplement No. 12 (Acts No. 3)',
      'ACTS, 2031',
      'An Act to provide for the keeping of records and for connected purposes',
      'Luật số: 12/2031/QH99',
      'NATIONAL ASSEMBLY',
      '-1•101,01AN COIJINICIL FOR OltY11,1G',
      'This Act may be cited as the Model Records Act 2031 and comes into force on assent.',
    ]) expect([t, isTitleLine(t)]).toEqual([t, false]);
  });

  it('skips mastheads and OCR noise, joins a heading printed over two lines', () => {
    const gazette = ['-1•1O1,O1AN C0IJNCIL F0R 0lY11,1G', 'SPECIAL ISSUE', 'Gazette Supplement No. 12 (Acts No. 3)', 'REPUBLIC OF OCEANA', 'ACTS, 2031', 'THE MODEL RECORDS', 'ACT, 2031', 'No. 3 of 2031', '1. Short title'];
    expect(chooseTitle(gazette, 60)).toBe('THE MODEL RECORDS ACT, 2031');
    expect(findTitle(['QUỐC HỘI', '--------', 'Luật số: 12/2031/QH99', 'BỘ LUẬT', 'DỮ LIỆU', 'Điều 1. Phạm vi'])).toBe('BỘ LUẬT DỮ LIỆU');
    // The name line after a bill number and a long title.
    expect(chooseTitle(['C-99', 'An Act to amend the Records Code and the Evidence Act', 'Model Online Records Act', 'SUMMARY'], 15)).toBe('Model Online Records Act');
    // Nothing before the first provision names the act: no title from the block.
    expect(findTitle(['REPUBLIC OF OCEANA', '1. In this Act, records means …', 'Model Records Act 2031'])).toBeUndefined();
    expect(firstCleanLine(['-1•1O1,O1AN C0IJNCIL', 'REPUBLIC OF OCEANA'])).toBe('REPUBLIC OF OCEANA');
  });

  it('text files: the first line stays the title when it names the act; otherwise the name line is taken', async () => {
    expect((await readSource(Buffer.from('Model Records Act 2031\n1. Short title\nThis Act is the Model Records Act.'), 'a.txt')).title).toBe('Model Records Act 2031');
    const doc = await readSource(Buffer.from('Ninth Assembly\nThird Session\nREPUBLIC ACT NO. 99001\n1. Short title\nThis Act is the Model Records Act.'), 'b.txt');
    expect(doc.title).toBe('REPUBLIC ACT NO. 99001');
    expect((await readSource(Buffer.from('Ninth Assembly\n1. Short title\nThis Act is the Model Records Act.'), 'c.txt')).title).toBe('Ninth Assembly');
  });
});
