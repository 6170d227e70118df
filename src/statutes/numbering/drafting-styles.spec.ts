/**
 * Drafting styles not (yet) in the shared corpus: one short invented statute per style, written
 * for these specs in our own words (no sentence is taken from any law). Each asserts what an
 * expert citation table needs: the top-level numbering, citations at each level as printed
 * (without Section/Article/§), headings, cross-references left unsplit, and that no word of the
 * source is lost by the tree.
 */
import { ParsedStatute, Provision, walkProvisions } from '../provision.model';
import { parseStatute } from './parse-statute';

function parse(lines: string[]): ParsedStatute {
  return parseStatute({ format: 'text', lines }, { fileName: 'style.txt' });
}

function cites(st: ParsedStatute): string[] {
  return [...walkProvisions(st.provisions)].map((p) => p.citation).filter(Boolean);
}

function get(st: ParsedStatute, citation: string): Provision {
  const p = [...walkProvisions(st.provisions)].find((x) => x.citation === citation);
  if (!p) throw new Error(`${citation} not found in ${cites(st).join(' ')}`);
  return p;
}

/** Sections and articles of the law itself (containers looked through, inserted provisions not). */
function tops(st: ParsedStatute): string[] {
  const out: string[] = [];
  const visit = (ps: Provision[]) => {
    for (const p of ps) {
      if (p.kind === 'section' || p.kind === 'article') out.push(p.citation);
      else visit(p.children);
    }
  };
  visit(st.provisions);
  return out;
}

function childCites(st: ParsedStatute, citation: string): string[] {
  return get(st, citation).children.map((c) => c.citation);
}

function containers(st: ParsedStatute): string[] {
  return [...walkProvisions(st.provisions)].filter((p) => !['section', 'article'].includes(p.kind) && p.citation && !p.citation.includes('(')).map((p) => p.citation);
}

const wordsOf = (s: string): string[] => s.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];

/** Words of the source missing from the tree (title, labels, headings, texts), keywords aside. */
function lostWords(lines: string[], st: ParsedStatute): string[] {
  const bag = new Map<string, number>();
  for (const w of wordsOf(lines.join('\n'))) bag.set(w, (bag.get(w) ?? 0) + 1);
  const out = [...wordsOf(st.title)];
  for (const p of walkProvisions(st.provisions)) out.push(...wordsOf(p.label), ...wordsOf(p.heading ?? ''), ...wordsOf(p.text));
  for (const w of out) bag.set(w, (bag.get(w) ?? 0) - 1);
  return [...bag]
    .filter(([w, n]) => n !== 0 && !/^(?:section|sec|article|art|artículo|articulo)$/.test(w))
    .map(([w, n]) => `${w}:${n}`);
}

function expectCitations(st: ParsedStatute, wanted: string[]): void {
  const have = new Set(cites(st));
  expect(wanted.filter((c) => !have.has(c))).toEqual([]);
}

function expectUnsplit(st: ParsedStatute, citation: string, reference: string): void {
  const p = get(st, citation);
  expect([citation, p.children.map((c) => c.citation)]).toEqual([citation, []]);
  expect(p.text).toContain(reference);
}

// 1. Australian Criminal Code: decimal section numbers, Division/Subdivision, Penalty and Note lines.
export const AUSTRALIA = [
  'Criminal Code Amendment (Model Computer Offences) Act 2031',
  'Part 10.7—Computer offences',
  'Division 476—Preliminary',
  '476.1 Definitions',
  '(1) In this Part:',
  'access to data held in a computer means:',
  '(a) showing the data on a screen or producing it from the computer in any other way; or',
  '(b) copying or moving the data to another place in the computer or to a storage device; or',
  '(c) running a program, where the data is that program.',
  'carriage service has the meaning it has in the Model Telecommunications Act.',
  '(2) In this Part, a reference to modification of data covers its deletion and any addition to it.',
  '476.2 Meaning of unauthorised access, modification or impairment',
  '(1) Access to or modification of data by a person is unauthorised if the person has no entitlement to cause it.',
  '(2) A reference in this Part to causing an access includes causing it by means of another person.',
  'Division 477—Serious computer offences',
  '477.1 Unauthorised access, modification or impairment with intent to commit a serious offence',
  'Intention to commit a serious offence',
  '(1) A person commits an offence if:',
  '(a) the person causes:',
  '(i) an unauthorised access to data held in a computer; or',
  '(ii) an unauthorised modification of data held in a computer; and',
  '(b) the person knows the access or modification is unauthorised; and',
  '(c) the person intends to commit, or to help another person commit, a serious offence by that access or modification.',
  'Penalty: Imprisonment for the term of the serious offence intended.',
  'Note: The serious offence may be committed by the person or by someone else.',
  '(2) Absolute liability applies to paragraph (1)(b) of this section.',
  '477.2 Unauthorised modification of data to cause impairment',
  '(1) A person commits an offence if:',
  '(a) the person causes an unauthorised modification of data held in a computer; and',
  '(b) the person knows the modification is unauthorised; and',
  '(c) the person is reckless as to whether the modification will impair the data.',
  'Penalty: Imprisonment for 10 years.',
  '477.3 Unauthorised impairment of electronic communication',
  'A person commits an offence if the person causes an unauthorised impairment of electronic communication to or from a computer, knowing it is unauthorised.',
  'Penalty: Imprisonment for 10 years.',
  'Division 478—Other computer offences',
  'Subdivision A—Access offences',
  '478.1 Unauthorised access to, or modification of, restricted data',
  '(1) A person commits an offence if the person causes an unauthorised access to restricted data and intends to cause it.',
  'Penalty: 2 years imprisonment.',
  '(2) In this section, restricted data means data held in a computer to which access is controlled by an access control system.',
  'Subdivision B—Device offences',
  '478.2 Possession or control of data with intent to commit a computer offence',
  '(1) A person commits an offence if the person possesses or controls data intending that it be used to commit an offence against Division 477 or section 478.1.',
  'Penalty: 3 years imprisonment.',
  '(2) A person may be found guilty even if committing the offence is impossible.',
];

describe('drafting style 1: Australian Criminal Code (477.1, Division 477, Penalty:)', () => {
  const st = parse(AUSTRALIA);
  it('numbers the decimal sections inside Part, Divisions and Subdivisions that cite themselves', () => {
    expect(tops(st)).toEqual(['476.1', '476.2', '477.1', '477.2', '477.3', '478.1', '478.2']);
    expect(st.provisions.map((p) => p.citation)).toEqual(['Part 10.7']);
    expect(childCites(st, 'Part 10.7')).toEqual(['Division 476', 'Division 477', 'Division 478']);
    expect(childCites(st, 'Division 478')).toEqual(['Subdivision A', 'Subdivision B']);
    expect(childCites(st, 'Subdivision A')).toEqual(['478.1']);
    expect(get(st, 'Division 477').heading).toBe('Serious computer offences');
    expect(get(st, 'Part 10.7').heading).toBe('Computer offences');
  });
  it('takes the heading printed after the number, not the Penalty line above it', () => {
    expect(get(st, '477.1').heading).toBe('Unauthorised access, modification or impairment with intent to commit a serious offence');
    expect(get(st, '477.3').heading).toBe('Unauthorised impairment of electronic communication');
    expect(get(st, '477.3').text).toMatch(/^A person commits an offence/);
    expect(get(st, '477.1(1)').heading).toBe('Intention to commit a serious offence');
  });
  it('cites subsections, paragraphs and subparagraphs', () => {
    expectCitations(st, ['477.1(1)', '477.1(1)(a)', '477.1(1)(a)(i)', '477.1(1)(a)(ii)', '477.1(1)(b)', '477.1(1)(c)', '477.1(2)', '477.2(1)(c)', '478.1(2)', '478.2(2)']);
    expect(childCites(st, '477.1(1)')).toEqual(['477.1(1)(a)', '477.1(1)(b)', '477.1(1)(c)']);
  });
  it('gives the Penalty and Note lines to the subsection, not to its last paragraph', () => {
    expect(get(st, '477.1(1)').text).toMatch(/Penalty: Imprisonment/);
    expect(get(st, '477.1(1)').text).toMatch(/Note: The serious offence/);
    expect(get(st, '477.1(1)(c)').text).not.toMatch(/Penalty/);
    expect(get(st, '477.2(1)').text).toMatch(/Penalty/);
    expect(get(st, '478.1(1)').text).toMatch(/Penalty: 2 years/);
  });
  it('keeps the definition lists of unmarked terms inside the definitions subsection', () => {
    expect(get(st, '476.1').role).toBe('definitions');
    expect(childCites(st, '476.1')).toEqual(['476.1(1)', '476.1(2)']);
    expect(get(st, '476.1(1)').text).toMatch(/carriage service/);
  });
  it('leaves "paragraph (1)(b)" and "section 478.1" unsplit', () => {
    expectUnsplit(st, '477.1(2)', 'paragraph (1)(b)');
    expectUnsplit(st, '478.2(1)', 'section 478.1');
  });
  it('loses no word', () => {
    expect(lostWords(AUSTRALIA, st)).toEqual([]);
  });
});

// 2. Indian IT Act: "66. Heading.–Text", inserted 43A/66A–66F, Explanations with their own lists.
export const INDIA = [
  'THE MODEL INFORMATION TECHNOLOGY ACT, 2031',
  'CHAPTER I',
  'PRELIMINARY',
  '1. Short title and commencement.–(1) This Act may be called the Model Information Technology Act, 2031.',
  '(2) It shall come into force on such date as the Government may notify.',
  '2. Definitions.–(1) In this Act, unless the context otherwise requires,–',
  '(a) "access" means getting entry into, or instructing or communicating with, a computer resource;',
  '(b) "computer resource" means a computer, a computer system or a computer network;',
  '(c) "data" means a representation of information prepared for processing in a computer.',
  '(2) Any reference to a law not in force in an area shall be read as a reference to the corresponding law in force there.',
  'CHAPTER IX',
  'PENALTIES AND COMPENSATION',
  '43. Penalty for damage to computer resource.–If any person, without the leave of the owner of a computer resource,–',
  '(a) gains access to the resource;',
  '(b) copies or extracts any data from it;',
  '(c) brings a contaminant or virus into it,',
  'he shall pay damages by way of compensation to the person so affected.',
  'Explanation.–For the purposes of this section,–',
  '(i) "contaminant" means a set of instructions made to alter or destroy data without leave;',
  '(ii) "virus" means a program that copies itself into other programs without leave.',
  '43A. Compensation for failure to protect data.–Where a body corporate handling sensitive personal data is negligent in keeping it secure and wrongful loss results, the body corporate shall pay damages to the person affected.',
  'CHAPTER XI',
  'OFFENCES',
  '65. Tampering with source code.–Whoever knowingly hides or destroys source code that the law requires to be kept shall be punishable with imprisonment up to three years, or with fine, or with both.',
  '66. Computer related offences.–If any person, dishonestly or fraudulently, does any act referred to in section 43, he shall be punishable with imprisonment up to three years or with fine or with both.',
  'Explanation.–For the purposes of this section,–',
  '(a) the word "dishonestly" has the meaning given in the penal code;',
  '(b) the word "fraudulently" has the meaning given in the penal code.',
  '66A. Punishment for sending threatening messages.–Any person who sends, by means of a computer resource,–',
  '(a) any information that is grossly threatening; or',
  '(b) any information that he knows to be false, for the purpose of causing annoyance,',
  'shall be punishable with imprisonment for a term which may extend to two years.',
  '66B. Punishment for receiving stolen computer resource.–Whoever dishonestly receives any stolen computer resource knowing it to be stolen shall be punishable with imprisonment up to three years.',
  '66C. Punishment for identity theft.–Whoever fraudulently uses the password or other unique identification feature of another person shall be punishable with imprisonment up to three years.',
  '66F. Punishment for cyber terrorism.–(1) Whoever,–',
  '(A) with intent to threaten the security of the State, denies access to a computer resource to a person authorised to use it; or',
  '(B) knowingly accesses a computer resource without authorisation and obtains data restricted for reasons of State security,',
  'commits the offence of cyber terrorism.',
  '(2) Whoever commits or conspires to commit cyber terrorism shall be punishable with imprisonment which may extend to imprisonment for life.',
  '67. Punishment for publishing obscene material.–Whoever publishes or transmits obscene material in electronic form shall be punishable on first conviction with imprisonment up to three years.',
];

describe('drafting style 2: Indian IT Act (66A, Explanation.–)', () => {
  const st = parse(INDIA);
  it('numbers the sections with their inserted letters, inside chapters headed on the next line', () => {
    expect(tops(st)).toEqual(['1', '2', '43', '43A', '65', '66', '66A', '66B', '66C', '66F', '67']);
    expect(containers(st)).toEqual(['CHAPTER I', 'CHAPTER IX', 'CHAPTER XI']);
    expect(get(st, 'CHAPTER XI').heading).toBe('OFFENCES');
  });
  it('splits the heading from the text at ".–"', () => {
    expect(get(st, '66').heading).toBe('Computer related offences');
    expect(get(st, '66').text).toMatch(/^If any person, dishonestly/);
    expect(get(st, '43A').heading).toBe('Compensation for failure to protect data');
    expect(get(st, '1').heading).toBe('Short title and commencement');
  });
  it('cites subsections and clauses', () => {
    expectCitations(st, ['1(1)', '1(2)', '2(1)', '2(1)(a)', '2(1)(c)', '2(2)', '43(a)', '43(c)', '66A(a)', '66A(b)', '66F(1)', '66F(1)(A)', '66F(1)(B)', '66F(2)']);
    expect(get(st, '2').role).toBe('definitions');
    // "Punishment for …" headings over offences: the text creates the offence.
    expect(get(st, '66A').role).toBe('normative');
    expect(get(st, '43').role).toBe('normative');
  });
  it('keeps an Explanation and its list with the section, not as clauses of the section', () => {
    expect(childCites(st, '43')).toEqual(['43(a)', '43(b)', '43(c)']);
    expect(get(st, '43').text).toMatch(/Explanation/);
    expect(get(st, '43').text).toMatch(/"virus" means/);
    expect(childCites(st, '66')).toEqual([]);
    expect(get(st, '66').text).toMatch(/Explanation.*\n?.*"dishonestly"/s);
  });
  it('leaves "section 43" unsplit', () => {
    expectUnsplit(st, '66', 'section 43');
  });
  it('loses no word', () => {
    expect(lostWords(INDIA, st)).toEqual([]);
  });
});

// 3. South Africa: heading line above "2. (1) …", Parts inside Chapters.
export const SOUTH_AFRICA = [
  'Model Cybercrimes Act, 2031',
  'CHAPTER 1',
  'DEFINITIONS',
  'Definitions',
  '1. (1) In this Act, unless the context indicates otherwise—',
  '"computer data storage medium" means any device from which data can be read by a computer;',
  '"computer system" means a computer or two or more interconnected computers;',
  '"data" means electronic representations of information in any form.',
  '(2) Words in this Act have the meanings given in the Criminal Procedure Act unless stated otherwise.',
  'CHAPTER 2',
  'CYBERCRIMES',
  'Part I',
  'Unlawful access, interception and interference',
  'Unlawful access',
  '2. (1) A person who, unlawfully and with intent, gains entry to a computer system or a data storage medium commits an offence.',
  '(2) For the purposes of this section a person gains entry to a computer system if that person—',
  '(a) uses data or instructions stored on it, including—',
  '(i) reading or copying the data; or',
  '(ii) running a program stored on it; or',
  '(b) obtains data stored on it by any other means.',
  'Unlawful interception of data',
  '3. (1) A person who, unlawfully and with intent, intercepts data being sent to or from a computer system commits an offence.',
  '(2) A person who, unlawfully and with intent, possesses data knowing that it was intercepted in contravention of subsection (1), commits an offence.',
  'Part II',
  'Malicious communications',
  'Data message which incites damage to property',
  '14. A person who discloses, by means of an electronic communications service, a data message to a person, group or the public with the intention to incite violence against a person commits an offence.',
  'Data message which threatens persons',
  '15. A person commits an offence who by means of an electronic service discloses a data message which threatens a person with damage to property or violence.',
  'CHAPTER 3',
  'JURISDICTION',
  'Jurisdiction',
  '24. (1) A court of the Republic tries any offence in Chapter 2 if the offence was committed within the Republic.',
  '(2) A court of the Republic also has jurisdiction where the accused was found in the Republic.',
];

describe('drafting style 3: South Africa (heading above "2. (1) …", Parts inside Chapters)', () => {
  const st = parse(SOUTH_AFRICA);
  it('numbers the sections and nests Parts inside the Chapter they follow', () => {
    expect(tops(st)).toEqual(['1', '2', '3', '14', '15', '24']);
    expect(st.provisions.map((p) => p.citation)).toEqual(['CHAPTER 1', 'CHAPTER 2', 'CHAPTER 3']);
    expect(childCites(st, 'CHAPTER 2')).toEqual(['Part I', 'Part II']);
    expect(childCites(st, 'Part II')).toEqual(['14', '15']);
    expect(get(st, 'Part I').heading).toBe('Unlawful access, interception and interference');
    expect(get(st, 'CHAPTER 2').heading).toBe('CYBERCRIMES');
  });
  it('takes the line above the number as the heading', () => {
    expect(get(st, '2').heading).toBe('Unlawful access');
    expect(get(st, '3').heading).toBe('Unlawful interception of data');
    expect(get(st, '14').heading).toBe('Data message which incites damage to property');
    expect(get(st, '24').heading).toBe('Jurisdiction');
    expect(get(st, '1').heading).toBe('Definitions');
  });
  it('cites subsections, paragraphs and subparagraphs', () => {
    expectCitations(st, ['1(1)', '1(2)', '2(1)', '2(2)', '2(2)(a)', '2(2)(a)(i)', '2(2)(a)(ii)', '2(2)(b)', '3(1)', '3(2)', '24(2)']);
    expect(get(st, '1').role).toBe('definitions');
  });
  it('leaves "subsection (1)" unsplit', () => {
    expectUnsplit(st, '3(2)', 'subsection (1)');
  });
  it('loses no word', () => {
    expect(lostWords(SOUTH_AFRICA, st)).toEqual([]);
  });
});

// 4a. Irish style: "PART 2" with its heading on the next line, headings above "3. (1)", 3ZA/3A/(1A), a Schedule.
export const IRELAND = [
  'Criminal Justice (Information Systems) Model Act 2031',
  'PART 1',
  'Preliminary and General',
  'Short title and commencement',
  '1. (1) This Act may be cited as the Criminal Justice (Information Systems) Model Act 2031.',
  '(2) This Act comes into operation on the day the Minister appoints by order.',
  'Interpretation',
  '2. (1) In this Act— “computer data” means any representation of facts or concepts in a form fit for processing; “information system” means a device or group of devices that processes data automatically;',
  '(2) A word used in this Act and in the Directive has the same meaning here as there.',
  'PART 2',
  'Offences',
  'Accessing information system without lawful authority',
  '3. (1) A person who, without lawful authority, intentionally accesses an information system by infringing a security measure commits an offence.',
  '(1A) Subsection (1) does not apply to a person acting under a warrant.',
  '(2) A person guilty of an offence under this section is liable—',
  '(a) on summary conviction, to a fine or imprisonment for up to 12 months or both;',
  '(b) on conviction on indictment, to—',
  '(i) a fine; or',
  '(ii) imprisonment for up to 5 years, or both.',
  'Unauthorised acts causing serious damage',
  '3ZA. (1) A person commits an offence if the person does an unauthorised act in relation to a computer and the act causes serious damage of a material kind.',
  '(2) For the purposes of subsection (1), damage is of a material kind if it harms human welfare or the economy.',
  'Making tools for use in offences',
  '3A. (1) A person commits an offence if the person makes, adapts or supplies any article intending it to be used to commit an offence under section 3 or 3ZA.',
  '(2) Subsection (1) applies to the tools described in paragraph (b) of subsection (2) of section 3.',
  'Interference with data without lawful authority',
  '4. A person who, without lawful authority, intentionally deletes, damages or alters data on an information system commits an offence.',
  'Schedule 1 — Amendments',
  '1 In section 10 of the Model Police Act 1997, after "offence" insert "under section 3 of the Criminal Justice (Information Systems) Model Act 2031".',
  '2 In section 12 of the same Act, for "six months" substitute "twelve months".',
];

describe('drafting style 4a: Ireland (PART 2 / heading line, 3ZA, (1A), Schedule 1 — Amendments)', () => {
  const st = parse(IRELAND);
  it('numbers 3, 3ZA, 3A in statute order inside the Parts', () => {
    expect(tops(st)).toEqual(['1', '2', '3', '3ZA', '3A', '4']);
    expect(st.provisions.map((p) => p.citation)).toEqual(['PART 1', 'PART 2', 'Schedule 1']);
    expect(get(st, 'PART 2').heading).toBe('Offences');
    expect(get(st, 'Schedule 1').heading).toBe('Amendments');
    expect(get(st, 'Schedule 1').text).toMatch(/six months/);
  });
  it('takes headings from the line above the number', () => {
    expect(get(st, '3').heading).toBe('Accessing information system without lawful authority');
    expect(get(st, '3ZA').heading).toBe('Unauthorised acts causing serious damage');
    expect(get(st, '3A').heading).toBe('Making tools for use in offences');
  });
  it('cites inserted subsections and deep paragraphs', () => {
    expectCitations(st, ['3(1)', '3(1A)', '3(2)', '3(2)(a)', '3(2)(b)', '3(2)(b)(i)', '3(2)(b)(ii)', '3ZA(1)', '3ZA(2)', '3A(1)', '3A(2)']);
    expect(childCites(st, '3')).toEqual(['3(1)', '3(1A)', '3(2)']);
  });
  it('leaves "paragraph (b) of subsection (2) of section 3" unsplit, and the definitions whole', () => {
    expectUnsplit(st, '3A(2)', 'paragraph (b) of subsection (2) of section 3');
    expectUnsplit(st, '2(1)', '“information system” means');
  });
  it('loses no word', () => {
    expect(lostWords(IRELAND, st)).toEqual([]);
  });
});

// 4b. UK as published on legislation.gov.uk: "3ZA Heading" on the number's line, subsections below.
export const UNITED_KINGDOM = [
  'Model Computer Misuse Act 2031',
  'PART 1',
  'Computer misuse offences',
  '1 Unauthorised access to computer material',
  '(1) A person is guilty of an offence if he causes a computer to perform a function intending to secure access he knows to be unauthorised.',
  '(2) The intent need not be directed at any particular program or data.',
  '2 Unauthorised access with intent to commit further offences',
  '(1) Someone who commits the section 1 offence meaning to go on to commit another offence is guilty of an offence under this section.',
  '(2) The further offence need not be intended for the same occasion.',
  '3 Unauthorised acts with intent to impair',
  '(1) A person is guilty of an offence if he does an unauthorised act in relation to a computer intending—',
  '(a) to impair the operation of the computer; or',
  '(b) to hinder access to a program or data held in it.',
  '3ZA Unauthorised acts causing, or creating risk of, serious damage',
  '(1) A person is guilty of an offence if—',
  '(a) the person does an unauthorised act in relation to a computer;',
  '(b) at the time of doing the act the person knows it is unauthorised; and',
  '(c) the act causes serious damage of a material kind.',
  '(2) For the purposes of subsection (1)(c), damage is of a material kind if it is damage to—',
  '(a) human welfare in any place;',
  '(b) the environment of any place; or',
  '(c) the economy of any country.',
  '3A Making, supplying or obtaining articles for use in offence under section 1, 3 or 3ZA',
  '(1) A person is guilty of an offence if he makes or supplies any article intending it to be used to commit an offence under section 1, 3 or 3ZA.',
  'PART 2',
  'Supplementary',
  '4 Territorial scope',
  '(1) Except as provided below, it is immaterial whether the accused was in the home country at the time of the act.',
];

describe('drafting style 4b: UK (number and heading on one line: "3ZA Unauthorised acts …")', () => {
  const st = parse(UNITED_KINGDOM);
  it('numbers the sections and takes the rest of the number line as the heading', () => {
    expect(tops(st)).toEqual(['1', '2', '3', '3ZA', '3A', '4']);
    expect(get(st, '3ZA').heading).toBe('Unauthorised acts causing, or creating risk of, serious damage');
    expect(get(st, '3A').heading).toBe('Making, supplying or obtaining articles for use in offence under section 1, 3 or 3ZA');
    expect(get(st, '1').heading).toBe('Unauthorised access to computer material');
    expect(get(st, '3ZA').text).toBe('');
  });
  it('cites subsections and paragraphs', () => {
    expectCitations(st, ['1(1)', '1(2)', '3(1)(b)', '3ZA(1)(a)', '3ZA(1)(c)', '3ZA(2)(a)', '3ZA(2)(c)', '3A(1)', '4(1)']);
  });
  it('leaves "subsection (1)(c)" unsplit', () => {
    expect(get(st, '3ZA(2)').text).toContain('subsection (1)(c)');
    expect(childCites(st, '3ZA(2)')).toEqual(['3ZA(2)(a)', '3ZA(2)(b)', '3ZA(2)(c)']);
  });
  it('loses no word', () => {
    expect(lostWords(UNITED_KINGDOM, st)).toEqual([]);
  });
});

// 5a. Spanish Código Penal: "Artículo 197 bis." alone, "1." paragraphs, "a)" letters, "1.ª" circumstances.
export const SPAIN = [
  'Código Penal (extracto de prueba)',
  'LIBRO II',
  'Delitos y sus penas',
  'TÍTULO X',
  'Delitos contra la intimidad',
  'CAPÍTULO I',
  'Del descubrimiento y revelación de secretos',
  'Artículo 197.',
  '1. Quien, para conocer la vida privada de otro sin su permiso, se haga con sus cartas o mensajes electrónicos será castigado con prisión de uno a cuatro años.',
  '2. Iguales penas se impondrán a quien, sin permiso, consulte datos reservados de otro guardados en ficheros informáticos.',
  'Artículo 197 bis.',
  '1. Quien, burlando las protecciones puestas para impedirlo y sin permiso, entre en un sistema informático de otro o permanezca en él contra la voluntad del titular, será castigado con prisión de seis meses a dos años.',
  '2. Quien, sin permiso y con medios técnicos, capte transmisiones no públicas de datos desde o hacia un sistema informático será castigado con prisión de tres meses a dos años.',
  'Artículo 197 ter.',
  'Será castigado con prisión de seis meses a dos años quien, sin permiso y para facilitar los delitos del artículo 197 bis, fabrique, adquiera o facilite a terceros:',
  'a) un programa informático concebido sobre todo para cometer esos delitos; o',
  'b) una clave o código que permita entrar en un sistema informático.',
  'Artículo 197 quater.',
  'Si los hechos se cometen en el seno de una organización criminal se impondrán las penas superiores en grado.',
  'TÍTULO XIII',
  'Delitos contra el patrimonio',
  'CAPÍTULO IX',
  'De los daños',
  'Artículo 264.',
  '1. Quien, sin permiso y de manera grave, borre, dañe, altere o haga inaccesibles datos informáticos ajenos será castigado con prisión de seis meses a tres años.',
  '2. Se impondrá prisión de dos a cinco años cuando concurra alguna de las circunstancias siguientes:',
  '1.ª Que el hecho se cometa en el marco de una organización criminal.',
  '2.ª Que los daños sean de especial gravedad o afecten a muchos sistemas.',
  '3.ª Que el hecho perjudique un servicio público esencial.',
  'Artículo 264 bis.',
  '1. Quien, sin permiso y de manera grave, interrumpa u obstaculice el funcionamiento de un sistema informático ajeno será castigado con prisión de seis meses a tres años.',
  'Artículo 264 ter.',
  'Será castigado con prisión de seis meses a dos años quien, sin permiso y para facilitar los delitos de los artículos 264 y 264 bis, produzca o facilite a terceros:',
  'a) un programa informático concebido sobre todo para cometer esos delitos; o',
  'b) una clave o datos parecidos que permitan entrar en un sistema informático.',
];

describe('drafting style 5a: Spanish Código Penal ("Artículo 197 bis." then "1." and "a)")', () => {
  const st = parse(SPAIN);
  it('numbers the articles with Latin suffixes inside Libro, Título and Capítulo', () => {
    expect(tops(st)).toEqual(['197', '197 bis', '197 ter', '197 quater', '264', '264 bis', '264 ter']);
    expect(st.provisions.map((p) => p.citation)).toEqual(['LIBRO II']);
    expect(childCites(st, 'LIBRO II')).toEqual(['TÍTULO X', 'TÍTULO XIII']);
    expect(childCites(st, 'CAPÍTULO IX')).toEqual(['264', '264 bis', '264 ter']);
    expect(get(st, 'CAPÍTULO I').heading).toBe('Del descubrimiento y revelación de secretos');
    expect(st.language).toBe('es');
  });
  it('reads the numbered paragraphs, letters and ordinal circumstances as subdivisions', () => {
    expect(childCites(st, '197 bis')).toEqual(['197 bis(1)', '197 bis(2)']);
    expect(childCites(st, '197 ter')).toEqual(['197 ter(a)', '197 ter(b)']);
    expect(childCites(st, '264(2)')).toEqual(['264(2)(1)', '264(2)(2)', '264(2)(3)']);
    expectCitations(st, ['197(1)', '197(2)', '264 bis(1)', '264 ter(a)', '264 ter(b)']);
    expect(get(st, '197 bis(1)').text).toMatch(/^Quien, burlando/);
  });
  it('leaves "artículo 197 bis" and "artículos 264 y 264 bis" as text', () => {
    expect(get(st, '197 ter').text).toContain('artículo 197 bis');
    expect(get(st, '264 ter').text).toContain('artículos 264 y 264 bis');
  });
  it('loses no word', () => {
    expect(lostWords(SPAIN, st)).toEqual([]);
  });
});

// 5b. Argentina: amending articles that replace or add Penal Code articles in quotation marks.
export const ARGENTINA = [
  'Ley 99.001 de prueba',
  'ARTICULO 1° — Incorpórase como último párrafo del artículo 77 del Código Penal, el siguiente:',
  '"El término "documento" abarca toda representación de actos o hechos, sea cual fuere el soporte en que se guarde o se transmita.',
  'Los términos "firma" y "suscripción" incluyen la firma digital."',
  'ARTICULO 2° — Sustitúyese el artículo 128 del Código Penal, por el siguiente:',
  '"Artículo 128: Será reprimido con prisión de seis (6) meses a cuatro (4) años el que produzca o difunda imágenes de abusos sexuales de menores de dieciocho (18) años.',
  'Será reprimido con prisión de cuatro (4) meses a un (1) año el que guarde tales imágenes sabiendo lo que contienen."',
  'ARTICULO 3° — Incorpórase como artículo 153 bis del Código Penal, el siguiente:',
  '"Artículo 153 bis: Será reprimido con prisión de quince (15) días a seis (6) meses, si no resultare un delito más grave, el que sabiéndolo ingrese sin autorización a un sistema informático cuyo acceso esté restringido.',
  'La pena será de un (1) mes a un (1) año de prisión cuando el sistema pertenezca a un organismo público."',
  'ARTICULO 4° — Sustitúyese el artículo 183 del Código Penal, por el siguiente:',
  '"Artículo 183: Será reprimido con prisión de quince (15) días a un (1) año el que destruya o inutilice una cosa ajena. La misma pena tendrá el que altere, destruya o inutilice datos, programas o sistemas informáticos."',
  'ARTICULO 5° — Comuníquese al Poder Ejecutivo.',
];

describe('drafting style 5b: Argentina ("ARTICULO 1° —", quoted Penal Code articles)', () => {
  const st = parse(ARGENTINA);
  it('numbers the law\'s own articles and keeps the code articles under the article that inserts them', () => {
    expect(tops(st)).toEqual(['1', '2', '3', '4', '5']);
    expect(childCites(st, '1')).toEqual([]);
    expect(childCites(st, '2')).toEqual(['128']);
    expect(childCites(st, '3')).toEqual(['153 bis']);
    expect(childCites(st, '4')).toEqual(['183']);
    expect(get(st, '2').role).toBe('amending');
  });
  it('does not take amounts in parentheses, "seis (6) meses", for labels', () => {
    expect(childCites(st, '128')).toEqual([]);
    expect(childCites(st, '153 bis')).toEqual([]);
    expect(get(st, '153 bis').text).toMatch(/un \(1\) mes a un \(1\) año/);
  });
  it('leaves "artículo 77" and "artículo 153 bis" in the text', () => {
    expect(get(st, '1').text).toContain('artículo 77');
    expect(get(st, '3').text).toContain('artículo 153 bis');
  });
  it('loses no word', () => {
    expect(lostWords(ARGENTINA, st)).toEqual([]);
  });
});

// 5c. Peru: "Artículo 2. Acceso ilícito" with the text on the next line.
export const PERU = [
  'LEY DE DELITOS INFORMÁTICOS (MODELO)',
  'CAPÍTULO I',
  'FINALIDAD Y OBJETO DE LA LEY',
  'Artículo 1. Objeto de la Ley',
  'La presente Ley tiene por objeto prevenir y sancionar las conductas ilícitas que afectan a los sistemas y datos informáticos.',
  'CAPÍTULO II',
  'DELITOS CONTRA DATOS Y SISTEMAS INFORMÁTICOS',
  'Artículo 2. Acceso ilícito',
  'El que deliberadamente y sin derecho entra en todo o parte de un sistema informático, burlando medidas de seguridad, será reprimido con pena privativa de libertad no menor de uno ni mayor de cuatro años.',
  'Será reprimido con la misma pena el que entra excediendo la autorización que tiene.',
  'Artículo 3. Atentado a la integridad de datos informáticos',
  'El que deliberadamente y sin derecho borra, deteriora, altera o suprime datos informáticos será reprimido con pena privativa de libertad no menor de tres ni mayor de seis años.',
  'Artículo 4. Atentado a la integridad de sistemas informáticos',
  'El que deliberadamente y sin derecho inutiliza un sistema informático o impide su funcionamiento será reprimido con pena privativa de libertad no menor de tres ni mayor de seis años.',
  'CAPÍTULO III',
  'DISPOSICIONES COMUNES',
  'Artículo 5. Agravantes',
  'El juez aumenta la pena hasta en un tercio cuando:',
  '1. El agente comete el delito como integrante de una organización criminal.',
  '2. El agente comete el delito valiéndose de su función pública.',
  '3. El delito compromete fines asistenciales o la defensa nacional.',
  'Artículo 6. Remisión',
  'Las conductas de los artículos 2 y 3 se persiguen también cuando se cometen desde un sistema extranjero, conforme al artículo 269A del Código Penal de otro Estado.',
];

describe('drafting style 5c: Peru ("Artículo 2. Acceso ilícito" then the text)', () => {
  const st = parse(PERU);
  it('numbers articles 1 to 6 inside chapters headed on the next line', () => {
    expect(tops(st)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(containers(st)).toEqual(['CAPÍTULO I', 'CAPÍTULO II', 'CAPÍTULO III']);
    expect(get(st, 'CAPÍTULO II').heading).toBe('DELITOS CONTRA DATOS Y SISTEMAS INFORMÁTICOS');
  });
  it('takes the rest of the article line as its heading and the list items as 5(1) …', () => {
    expect(get(st, '2').heading).toBe('Acceso ilícito');
    expect(get(st, '2').text).toMatch(/^El que deliberadamente/);
    expect(childCites(st, '5')).toEqual(['5(1)', '5(2)', '5(3)']);
  });
  it('leaves "artículo 269A" and "artículos 2 y 3" in the text', () => {
    expectUnsplit(st, '6', 'artículo 269A');
    expect(get(st, '6').text).toContain('artículos 2 y 3');
  });
  it('loses no word', () => {
    expect(lostWords(PERU, st)).toEqual([]);
  });
});

// 6a. French code: "Article 323-1" alone on its line, the text below.
export const FRANCE_CODE = [
  "Code pénal (extrait d'essai)",
  'Chapitre III : Des atteintes aux systèmes de traitement automatisé de données',
  'Article 323-1',
  "Le fait d'entrer ou de rester sans droit dans un système informatique, en tout ou en partie, est puni de trois ans d'emprisonnement et d'une amende de 100 000 euros.",
  "Lorsqu'il en résulte la suppression ou la modification de données, la peine est portée à cinq ans d'emprisonnement.",
  'Article 323-2',
  "Le fait de bloquer ou de dérégler la marche d'un tel système est puni de cinq ans d'emprisonnement.",
  'Article 323-3',
  "Le fait d'introduire de façon frauduleuse des données dans un tel système, ou de supprimer ou modifier celles qu'il contient, est puni de cinq ans d'emprisonnement.",
  'Article 323-3-1',
  "Le fait, sans motif légitime, de détenir ou de céder un programme conçu pour commettre les infractions prévues aux articles 323-1 à 323-3 est puni des peines prévues pour l'infraction elle-même.",
  'Article 323-4',
  "La participation à un groupement formé en vue de préparer une des infractions prévues par l'article 323-1 est punie des peines prévues pour cette infraction.",
  'Article 323-7',
  'Les mêmes peines frappent la tentative des délits des articles 323-1 à 323-3-1.',
];

describe('drafting style 6a: French code ("Article 323-1" then the text)', () => {
  const st = parse(FRANCE_CODE);
  it('cites the hyphenated numbers as printed', () => {
    expect(tops(st)).toEqual(['323-1', '323-2', '323-3', '323-3-1', '323-4', '323-7']);
    expect(get(st, 'Chapitre III').heading).toBe('Des atteintes aux systèmes de traitement automatisé de données');
    expect(st.language).toBe('fr');
  });
  it("leaves \"l'article 323-1\" and \"articles 323-1 à 323-3\" in the text", () => {
    expectUnsplit(st, '323-4', "l'article 323-1");
    expectUnsplit(st, '323-3-1', 'articles 323-1 à 323-3');
    expect(get(st, '323-1').text).toMatch(/^Le fait d'entrer/);
  });
  it('loses no word', () => {
    expect(lostWords(FRANCE_CODE, st)).toEqual([]);
  });
});

// 6b. French statute: "Art. 6. – I. – 1. …" with roman paragraphs holding numbered ones.
export const FRANCE_LAW = [
  "Loi n° 2031-12 du 3 mars 2031 pour la confiance numérique (texte d'essai)",
  'Chapitre Ier : Les prestataires techniques',
  "Art. 6. – I. – 1. Les personnes dont l'activité est d'offrir un accès à des services de communication en ligne informent leurs abonnés de l'existence de moyens techniques de filtrage.",
  '2. Les personnes qui stockent des contenus fournis par des tiers ne voient pas leur responsabilité engagée si elles ignoraient leur caractère illicite.',
  "II. – Les personnes mentionnées aux 1 et 2 du I conservent les données de nature à permettre l'identification de quiconque a contribué à la création d'un contenu.",
  "III. – Le fait de ne pas satisfaire aux obligations définies au II est puni d'un an d'emprisonnement et de 75 000 euros d'amende.",
  "Art. 7. – Lorsque les personnes mentionnées au 1 du I de l'article 6 invoquent des fins publicitaires, elles en informent leurs abonnés.",
  "Art. 8. – Les dispositions de l'article 323-1 du code pénal s'appliquent aux atteintes commises au moyen de ces services.",
];

describe('drafting style 6b: French statute ("Art. 6. – I. – 1.")', () => {
  const st = parse(FRANCE_LAW);
  it('numbers the articles and reads roman paragraphs I., II., III. holding numbered ones', () => {
    expect(tops(st)).toEqual(['6', '7', '8']);
    expect(childCites(st, '6')).toEqual(['6(I)', '6(II)', '6(III)']);
    expect(childCites(st, '6(I)')).toEqual(['6(I)(1)', '6(I)(2)']);
    expect(get(st, '6(I)(1)').text).toMatch(/^Les personnes dont/);
    expect(get(st, '6(III)').text).toMatch(/^Le fait de ne pas/);
  });
  it('leaves "au 1 du I de l\'article 6" in the text', () => {
    expectUnsplit(st, '7', "au 1 du I de l'article 6");
  });
  it('loses no word', () => {
    expect(lostWords(FRANCE_LAW, st)).toEqual([]);
  });
});

// 6c. Belgian code: "Art. 550bis. § 1er. …", "§ 2.", and 1°, 2° items inside a paragraph.
export const BELGIUM = [
  "Code pénal (extrait d'essai)",
  "Art. 550bis. § 1er. Celui qui, sachant qu'il n'y est pas autorisé, entre dans un système informatique ou s'y maintient, est puni d'un emprisonnement de trois mois à un an.",
  "§ 2. Celui qui, avec une intention frauduleuse ou dans le but de nuire, outrepasse son pouvoir d'accès à un système informatique, est puni d'un emprisonnement de six mois à deux ans.",
  '§ 3. Celui qui se trouve dans une des situations visées aux §§ 1er et 2 et qui soit :',
  '1° reprend, de quelque manière que ce soit, les données stockées dans le système;',
  "2° fait un usage quelconque d'un système appartenant à un tiers;",
  '3° cause un dommage quelconque au système,',
  "est puni d'un emprisonnement de un à trois ans.",
  "§ 4. La tentative de commettre l'infraction visée aux §§ 1er et 2 est punie des mêmes peines.",
  "Art. 550ter. § 1er. Celui qui, sachant qu'il n'y est pas autorisé, introduit, modifie ou efface des données dans un système informatique, est puni d'un emprisonnement de six mois à trois ans.",
  "§ 2. Celui qui, suite à une infraction visée au § 1er, cause un dommage à des données, est puni d'un emprisonnement de six mois à cinq ans.",
  'Art. 550quater. Les peines prévues aux articles 550bis et 550ter sont doublées en cas de récidive.',
];

describe('drafting style 6c: Belgian code ("Art. 550bis. § 1er." → 550bis(1))', () => {
  const st = parse(BELGIUM);
  it('cites the articles with the suffix joined to the number, as printed', () => {
    expect(tops(st)).toEqual(['550bis', '550ter', '550quater']);
    expect(get(st, '550quater').text).toMatch(/^Les peines/);
  });
  it('reads "§ 1er", "§ 2" as paragraphs (1), (2) and the 1° items below them', () => {
    expect(childCites(st, '550bis')).toEqual(['550bis(1)', '550bis(2)', '550bis(3)', '550bis(4)']);
    expect(childCites(st, '550bis(3)')).toEqual(['550bis(3)(1)', '550bis(3)(2)', '550bis(3)(3)']);
    expect(childCites(st, '550ter')).toEqual(['550ter(1)', '550ter(2)']);
    expect(get(st, '550bis(1)').text).toMatch(/^Celui qui, sachant/);
    expect(get(st, '550bis(1)').label).toBe('§ 1er.');
  });
  it('leaves "aux §§ 1er et 2" and "au § 1er" in the text', () => {
    expectUnsplit(st, '550bis(4)', 'aux §§ 1er et 2');
    expectUnsplit(st, '550ter(2)', 'au § 1er');
  });
  it('loses no word', () => {
    expect(lostWords(BELGIUM, st)).toEqual([]);
  });
});

// 7a. US Code: "§ 1040. Heading", (a)(1)(A)(i)(I) one per line, subsection headings "(a) Offenses.—".
export const US_CODE = [
  'United States Code, Title 18 (test extract)',
  '§ 1040. Misuse of protected computers',
  '(a) Offenses.—Whoever—',
  '(1) knowingly enters a protected computer without leave and copies records of national security value;',
  '(2) intentionally enters a computer without leave, or goes beyond the leave given, and so acquires—',
  '(A) records of a bank or card issuer;',
  '(B) records of a federal agency; or',
  '(C) records held on a protected computer;',
  '(3) knowingly sends a program or command and so causes harm to a protected computer,',
  'shall be punished as provided in subsection (c).',
  '(b) Attempt and conspiracy.—Whoever attempts or conspires to commit an offense under subsection (a) shall be punished as provided in subsection (c).',
  '(c) Punishment.—The punishment for an offense under subsection (a) or (b) is—',
  '(1)(A) a fine under this title or imprisonment for up to 10 years, or both, for an offense under subsection (a)(1); and',
  '(B) a fine or imprisonment for up to 20 years, or both, for a second such offense;',
  '(2) a fine under this title or imprisonment for up to 5 years, or both, for an offense under subsection (a)(3) that caused—',
  '(A) harm to the systems of a hospital; or',
  '(B) harm affecting—',
  '(i) ten or more computers; or',
  '(ii) a computer used by a court, including—',
  '(I) a court registry;',
  "(II) a court's case system; or",
  "(III) a court's payment system.",
  '(d) Definitions.—As used in this section—',
  '(1) the word "computer" refers to any device that processes data at any speed; and',
  '(2) the term "protected computer" means a computer used by a bank or by the Government.',
  '§ 1041. Trafficking in access codes',
  'Whoever knowingly sells access codes for a protected computer, with intent to defraud, shall be fined or imprisoned for up to 5 years, or both.',
];

describe('drafting style 7a: US Code ("§ 1040.", (a)(2)(A), (c)(2)(B)(ii)(III))', () => {
  const st = parse(US_CODE);
  it('numbers the sections without the § sign and reads subsection headings', () => {
    expect(tops(st)).toEqual(['1040', '1041']);
    expect(get(st, '1040').heading).toBe('Misuse of protected computers');
    expect(get(st, '1040(a)').heading).toBe('Offenses');
    expect(get(st, '1040(c)').heading).toBe('Punishment');
  });
  it('nests subsection, paragraph, subparagraph, clause and subclause', () => {
    expect(childCites(st, '1040(a)')).toEqual(['1040(a)(1)', '1040(a)(2)', '1040(a)(3)']);
    expect(childCites(st, '1040(a)(2)')).toEqual(['1040(a)(2)(A)', '1040(a)(2)(B)', '1040(a)(2)(C)']);
    expectCitations(st, ['1040(c)(1)(A)', '1040(c)(1)(B)', '1040(c)(2)(B)(i)', '1040(c)(2)(B)(ii)', '1040(c)(2)(B)(ii)(I)', '1040(c)(2)(B)(ii)(III)', '1040(d)(1)', '1040(d)(2)']);
    expect(get(st, '1040(c)').role).toBe('penalty');
  });
  it('leaves "subsection (a)(1)" and "subsection (c)" unsplit', () => {
    expectUnsplit(st, '1040(c)(1)(A)', 'subsection (a)(1)');
    expectUnsplit(st, '1040(b)', 'subsection (c)');
  });
  it('loses no word', () => {
    expect(lostWords(US_CODE, st)).toEqual([]);
  });
});

// 7b. US state law: "Sec. 2. Section 502 of the Penal Code is amended to read:" then "502. (a) …".
export const US_STATE = [
  'Model State Computer Crimes Act (test)',
  'The people of the State of Example do enact as follows:',
  'Sec. 1. This act shall be known as the Model Computer Crimes Act.',
  'Sec. 2. Section 502 of the Penal Code is amended to read:',
  '502. (a) The Legislature finds that the growth of computer technology has brought a large increase in computer crime.',
  '(b) For purposes of this section, the following terms have the following meanings:',
  '(1) "Access" means to gain entry to, instruct, or communicate with a computer or network.',
  '(2) "Data" means a representation of information or instructions in any form.',
  '(c) Except as provided in subdivision (h), any person who commits any of the following acts is guilty of a public offense:',
  '(1) Knowingly enters and without permission changes, damages, or deletes any data or computer in order to defraud.',
  '(2) Knowingly and without permission uses computer services.',
  '(d) A person who violates paragraph (1) of subdivision (c) is punishable by a fine or by imprisonment, or both.',
  'Sec. 3. Section 502.01 is added to the Penal Code, to read:',
  '502.01. (a) Property used in committing a violation of Section 502 is subject to forfeiture.',
  '(b) Forfeiture proceedings shall follow Chapter 8 of this title.',
  'Sec. 4. This act takes effect on January 1, 2032.',
];

describe('drafting style 7b: US state law (Sec. 2 amends section 502 "to read:")', () => {
  const st = parse(US_STATE);
  it('numbers the act\'s sections and keeps the code sections under the section amending them', () => {
    expect(tops(st)).toEqual(['1', '2', '3', '4']);
    expect(childCites(st, '2')).toEqual(['502']);
    expect(childCites(st, '3')).toEqual(['502.01']);
    expect(get(st, '2').role).toBe('amending');
  });
  it('cites the subdivisions of the inserted sections', () => {
    expect(childCites(st, '502')).toEqual(['502(a)', '502(b)', '502(c)', '502(d)']);
    expectCitations(st, ['502(b)(1)', '502(b)(2)', '502(c)(1)', '502(c)(2)', '502.01(a)', '502.01(b)']);
  });
  it('leaves "paragraph (1) of subdivision (c)" and "subdivision (h)" unsplit', () => {
    expectUnsplit(st, '502(d)', 'paragraph (1) of subdivision (c)');
    expect(get(st, '502(c)').text).toContain('subdivision (h)');
  });
  it('loses no word', () => {
    expect(lostWords(US_STATE, st)).toEqual([]);
  });
});

// 8. Flattened paragraphs: each section's subsections and paragraphs on one line.
export const FLATTENED = [
  'Model Computer Misuse Act, 2031',
  'PART I—PRELIMINARY',
  '1. Short title',
  'This Act may be cited as the Model Computer Misuse Act, 2031.',
  '2. Interpretation',
  'In this Act, except where the context shows otherwise— "computer" means a device that processes data; "data" means facts, information or ideas expressed in a form a computer can handle; "service provider" means— (a) a public or private body that lets users communicate by means of a computer system; or (b) any other body that processes or stores data for such a body or its users; "traffic data" means data about a communication that shows its origin, route, time or size.',
  'PART II—OFFENCES',
  '3. Unauthorised access',
  '(1) A person who makes a computer carry out any function so as to reach data held in it, knowing he has no right to do so, commits an offence. (2) A person convicted of an offence under subsection (1) faces a fine of up to five million shillings, imprisonment for up to three years, or both.',
  '4. Interference with data',
  '(1) A person who, on purpose and without authority— (a) deletes or changes data; (b) makes data useless or unusable; (c) blocks or interrupts a lawful use of data; or (d) keeps a person entitled to data from reaching it, commits an offence. (2) For the purposes of paragraph (a) of subsection (1), the harm may be lasting or passing. (3) The penalty for an offence under this section is imprisonment for up to five years.',
  '5. Unauthorised interception',
  '(1) A person who intentionally and by technical means intercepts a transmission of data to or from a computer without authority commits an offence. (2) Subsection (1) does not apply to a service provider acting under an order issued under section 6.',
  '6. Preservation order',
  '(1) Where a police officer has reasonable grounds to believe that data stored in a computer is vulnerable to loss or modification, the officer may apply to a court for an order for its preservation. (2) An order made under subsection (1) remains in force for ninety days and may be renewed once.',
];

describe('drafting style 8: flattened paragraphs with inline labels', () => {
  const st = parse(FLATTENED);
  it('numbers the sections inside the Parts', () => {
    expect(tops(st)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(st.provisions.map((p) => p.citation)).toEqual(['PART I', 'PART II']);
    expect(get(st, 'PART II').heading).toBe('OFFENCES');
  });
  it('splits subsections and paragraphs printed inline', () => {
    expect(childCites(st, '4')).toEqual(['4(1)', '4(2)', '4(3)']);
    expect(childCites(st, '4(1)')).toEqual(['4(1)(a)', '4(1)(b)', '4(1)(c)', '4(1)(d)']);
    expectCitations(st, ['3(1)', '3(2)', '5(1)', '5(2)', '6(1)', '6(2)']);
    expect(get(st, '3(2)').text).toMatch(/^A person convicted/);
  });
  it('keeps the definitions section as one provision, its terms\' lists included', () => {
    expect(get(st, '2').role).toBe('definitions');
    expect(childCites(st, '2')).toEqual([]);
    expect(get(st, '2').text).toContain('"traffic data" means');
  });
  it('leaves "paragraph (a) of subsection (1)" and "section 6" unsplit', () => {
    expectUnsplit(st, '4(2)', 'paragraph (a) of subsection (1)');
    expectUnsplit(st, '5(2)', 'section 6');
    expectUnsplit(st, '6(2)', 'subsection (1)');
  });
  it('loses no word', () => {
    expect(lostWords(FLATTENED, st)).toEqual([]);
  });
});

// 9a. Philippines: "SEC. 3. Heading. – Text", offences as (a)(1) with their own headings.
export const PHILIPPINES = [
  'Model Cybercrime Prevention Act of 2031',
  'CHAPTER I',
  'PRELIMINARY PROVISIONS',
  'SEC. 1. Title. – This Act shall be known as the "Model Cybercrime Prevention Act of 2031".',
  'SEC. 2. Definition of Terms. – In this Act, the terms below have these meanings:',
  '(a) Entry refers to reaching or using any part or resource of a computer system.',
  '(b) Computer data refers to facts, information or concepts in a form a computer can process.',
  'CHAPTER II',
  'PUNISHABLE ACTS',
  'SEC. 3. Cybercrime Offenses. – Each of the following acts is an offense of cybercrime punishable under this Act:',
  '(a) Offenses against the integrity of computer data and systems:',
  '(1) Illegal Access. – Entering a computer system or any part of it without right.',
  '(2) Illegal Interception. – Capturing by technical means, without right, a non-public transmission of computer data.',
  '(3) Misuse of Devices. –',
  '(i) Making, selling or distributing a device designed mainly to commit an offense under this Act; or',
  '(ii) Possessing an item referred to in subparagraph (i) intending to use it to commit an offense.',
  '(b) Computer-related Offenses:',
  '(1) Computer-related Fraud. – Inputting, altering or deleting computer data without right, with intent to defraud, causing damage.',
  'SEC. 4. Other Offenses. – Aiding or abetting an offense listed in Section 3 hereof is also punishable.',
];

describe('drafting style 9a: Philippines ("SEC. 3. Heading. –", (a)(1) offences with headings)', () => {
  const st = parse(PHILIPPINES);
  it('numbers the sections inside chapters', () => {
    expect(tops(st)).toEqual(['1', '2', '3', '4']);
    expect(containers(st)).toEqual(['CHAPTER I', 'CHAPTER II']);
    expect(get(st, '3').heading).toBe('Cybercrime Offenses');
  });
  it('cites the offences with their own headings', () => {
    expectCitations(st, ['2(a)', '2(b)', '3(a)', '3(a)(1)', '3(a)(2)', '3(a)(3)', '3(a)(3)(i)', '3(a)(3)(ii)', '3(b)', '3(b)(1)']);
    expect(get(st, '3(a)(1)').heading).toBe('Illegal Access');
    expect(get(st, '3(b)(1)').heading).toBe('Computer-related Fraud');
    expect(get(st, '2').role).toBe('definitions');
  });
  it('leaves "subparagraph (i)" and "Section 3 hereof" unsplit', () => {
    expectUnsplit(st, '3(a)(3)(ii)', 'subparagraph (i)');
    expectUnsplit(st, '4', 'Section 3 hereof');
  });
  it('loses no word', () => {
    expect(lostWords(PHILIPPINES, st)).toEqual([]);
  });
});

// 9b. Malaysia: "Section 3. (1) A person shall be guilty of an offence if— (a) …" under "PART II / OFFENCES".
export const MALAYSIA = [
  'Model Computer Crimes Act 2031',
  'PART I',
  'PRELIMINARY',
  'Section 1. (1) This Act may be cited as the Model Computer Crimes Act 2031.',
  '(2) This Act comes into force on a date the Minister appoints.',
  'PART II',
  'OFFENCES',
  'Section 3. (1) A person commits an offence if— (a) he makes a computer carry out a function so as to reach a program or data held in it; and (b) he has no right to that entry.',
  '(2) A person guilty of an offence under this section shall on conviction be liable to a fine or to imprisonment or to both.',
  'Section 4. (1) Someone who commits the offence in section 3 so as to commit a further offence is guilty of an offence under this section.',
  '(2) For the purposes of this section, it is immaterial whether the further offence is committed at the same time.',
  'Section 5. A person who knowingly modifies the contents of a computer without authority shall be guilty of an offence.',
];

describe('drafting style 9b: Malaysia ("Section 3. (1) …— (a) …")', () => {
  const st = parse(MALAYSIA);
  it('numbers the sections, Part headings taken from the next line', () => {
    expect(tops(st)).toEqual(['1', '3', '4', '5']);
    expect(get(st, 'PART II').heading).toBe('OFFENCES');
  });
  it('cites the subsections and the inline paragraphs', () => {
    expectCitations(st, ['1(1)', '1(2)', '3(1)', '3(1)(a)', '3(1)(b)', '3(2)', '4(1)', '4(2)']);
    expect(get(st, '3(1)').text).toMatch(/^A person commits an offence if/);
  });
  it('leaves "section 3" unsplit', () => {
    expectUnsplit(st, '4(1)', 'section 3');
  });
  it('loses no word', () => {
    expect(lostWords(MALAYSIA, st)).toEqual([]);
  });
});

// 9c. Caribbean: "PART II / OFFENCES" then "3. (1) A person who intentionally …", no section headings.
export const CARIBBEAN = [
  'Computer Misuse Act (Model Island), 2031',
  'PART I',
  'PRELIMINARY',
  '1. This Act may be cited as the Computer Misuse Act, 2031.',
  '2. In this Act— "computer" means a device for storing and processing data; "program" means data representing instructions to a computer.',
  'PART II',
  'OFFENCES',
  '3. (1) A person who intentionally, without lawful excuse or justification, accesses any computer system commits an offence.',
  '(2) On summary conviction, an offence under subsection (1) carries a fine of ten thousand dollars, two years in prison, or both.',
  '4. (1) A person who intentionally, without lawful excuse, does an act that causes data to be deleted, damaged or altered commits an offence.',
  '(2) In this section, it is immaterial whether the act is aimed at any particular data.',
  '5. A person who intentionally, without lawful excuse, intercepts a non-public transmission of data commits an offence.',
];

describe('drafting style 9c: Caribbean ("PART II / OFFENCES", "3. (1) …")', () => {
  const st = parse(CARIBBEAN);
  it('numbers the sections without headings and cites the subsections', () => {
    expect(tops(st)).toEqual(['1', '2', '3', '4', '5']);
    expect(get(st, 'PART II').heading).toBe('OFFENCES');
    expectCitations(st, ['3(1)', '3(2)', '4(1)', '4(2)']);
    expect(get(st, '1').text).toMatch(/^This Act may be cited/);
    expect(get(st, '5').text).toMatch(/^A person who intentionally/);
    expect(get(st, '2').role).toBe('definitions');
  });
  it('leaves "subsection (1)" unsplit', () => {
    expectUnsplit(st, '3(2)', 'subsection (1)');
  });
  it('loses no word', () => {
    expect(lostWords(CARIBBEAN, st)).toEqual([]);
  });
});

// 10a. Headings in capitals above the number, numbers with trailing dashes: "3.—(1)", "5—".
export const CAPITALS = [
  'MODEL ELECTRONIC CRIMES ACT 2031',
  'PART I',
  'PRELIMINARY',
  'SHORT TITLE',
  '1.—This Act may be cited as the Model Electronic Crimes Act 2031.',
  'INTERPRETATION',
  '2.—In this Act, unless the context otherwise requires, "computer" means any device that processes data automatically.',
  'PART II',
  'OFFENCES',
  'UNAUTHORISED ACCESS',
  '3.—(1) A person who knowingly gains entry to a computer without authority commits an offence.',
  '(2) A person convicted under subsection (1) is liable to imprisonment for two years.',
  'UNAUTHORISED INTERCEPTION',
  '4.—(1) A person who by technical means intercepts a non-public transmission of data commits an offence.',
  '(2) Subsection (1) does not apply to a person acting under a warrant.',
  'DAMAGE TO DATA',
  '5— A person who without authority deletes, alters or suppresses data commits an offence.',
  'MISUSE OF DEVICES',
  '5A.—(1) A person who makes or supplies a device designed to commit an offence under section 3, 4 or 5 commits an offence.',
  '(2) Subsection (1) does not apply to a device made for authorised testing of a computer system.',
];

describe('drafting style 10a: headings in capitals above "3.—(1)" and "5—"', () => {
  const st = parse(CAPITALS);
  it('numbers the sections inside the Parts', () => {
    expect(tops(st)).toEqual(['1', '2', '3', '4', '5', '5A']);
    expect(st.provisions.map((p) => p.citation)).toEqual(['PART I', 'PART II']);
    expect(childCites(st, 'PART II')).toEqual(['3', '4', '5', '5A']);
    expect(get(st, 'PART II').heading).toBe('OFFENCES');
  });
  it('takes the capitals line above each number as its heading', () => {
    expect(get(st, '1').heading).toBe('SHORT TITLE');
    expect(get(st, '3').heading).toBe('UNAUTHORISED ACCESS');
    expect(get(st, '5').heading).toBe('DAMAGE TO DATA');
    expect(get(st, '5A').heading).toBe('MISUSE OF DEVICES');
    expect(get(st, '1').text).toMatch(/^This Act may be cited/);
    expect(get(st, '5').text).toMatch(/^A person who without authority/);
  });
  it('cites the subsections after the dash', () => {
    expectCitations(st, ['3(1)', '3(2)', '4(1)', '4(2)', '5A(1)', '5A(2)']);
  });
  it('leaves "section 3, 4 or 5" unsplit', () => {
    expectUnsplit(st, '5A(1)', 'section 3, 4 or 5');
  });
  it('loses no word', () => {
    expect(lostWords(CAPITALS, st)).toEqual([]);
  });
});

// 10b. "Section 5A" keywords, with the heading on the same line or on the next.
export const SECTION_KEYWORD = [
  'Model Data Offences Act 2031',
  'Section 1 Short title',
  'This Act may be cited as the Model Data Offences Act 2031.',
  'Section 2 Interpretation',
  'In this Act "data" means information in a form in which a computer can process it.',
  'Section 3',
  'Unauthorised access',
  '(1) A person who gains entry to a computer without authority commits an offence.',
  '(2) An offence under subsection (1) is punishable by a fine.',
  'Section 4',
  'Unauthorised modification',
  '(1) A person who modifies data held in a computer without authority commits an offence.',
  '(2) A modification is unauthorised if the person making it is not entitled to decide on it.',
  'Section 5 Illegal interception',
  'A person who intercepts a non-public transmission of data without right commits an offence.',
  'Section 5A Misuse of devices',
  '(1) A person commits an offence who, without right, makes or sells—',
  '(a) a device designed to commit an offence under section 3, 4 or 5; or',
  '(b) a password by which a computer can be entered.',
  '(2) Subsection (1) does not apply to authorised testing.',
];

describe('drafting style 10b: "Section 5A" keywords with the heading on the line or below it', () => {
  const st = parse(SECTION_KEYWORD);
  it('numbers the sections and finds both heading positions', () => {
    expect(tops(st)).toEqual(['1', '2', '3', '4', '5', '5A']);
    expect(get(st, '1').heading).toBe('Short title');
    expect(get(st, '3').heading).toBe('Unauthorised access');
    expect(get(st, '4').heading).toBe('Unauthorised modification');
    expect(get(st, '5A').heading).toBe('Misuse of devices');
    expect(get(st, '3').text).toBe('');
  });
  it('cites the subsections and paragraphs', () => {
    expectCitations(st, ['3(1)', '3(2)', '4(1)', '4(2)', '5A(1)', '5A(1)(a)', '5A(1)(b)', '5A(2)']);
    expect(get(st, '2').role).toBe('definitions');
  });
  it('leaves "section 3, 4 or 5" and "subsection (1)" unsplit', () => {
    expectUnsplit(st, '5A(1)(a)', 'section 3, 4 or 5');
    expectUnsplit(st, '3(2)', 'subsection (1)');
  });
  it('loses no word', () => {
    expect(lostWords(SECTION_KEYWORD, st)).toEqual([]);
  });
});

// 10c. "s. 12" keywords (consolidations that abbreviate Section), with "2A" inserted.
export const S_DOT = [
  'Model Computer Security Act 2031',
  's. 1 Short title',
  'This Act may be cited as the Model Computer Security Act 2031.',
  's. 2 Unauthorised access',
  '(1) A person who enters a computer without authority commits an offence.',
  '(2) An offence under subsection (1) is punishable by one year in prison.',
  's. 2A Unauthorised interception',
  'A person who intercepts a non-public transmission of data without authority commits an offence.',
  's. 3 Preservation of data',
  '(1) A court may order a service provider to preserve data for an investigation. (2) An order under subsection (1) lasts for ninety days.',
];

describe('drafting style 10c: "s. 12 Heading"', () => {
  const st = parse(S_DOT);
  it('numbers the sections and takes the rest of the line as heading', () => {
    expect(tops(st)).toEqual(['1', '2', '2A', '3']);
    expect(get(st, '2A').heading).toBe('Unauthorised interception');
    expect(get(st, '2A').text).toMatch(/^A person who intercepts/);
  });
  it('cites the subsections, printed on their own lines or inline', () => {
    expectCitations(st, ['2(1)', '2(2)', '3(1)', '3(2)']);
    expectUnsplit(st, '3(2)', 'subsection (1)');
  });
  it('loses no word', () => {
    expect(lostWords(S_DOT, st)).toEqual([]);
  });
});

// 10d. Headings in brackets after the number: "12. [Heading] (1) …", "14. (Heading) …", and "15.—(1)".
export const BRACKETED = [
  'Model Computer Offences Act 2031',
  '11. [Short title] This Act may be cited as the Model Computer Offences Act 2031.',
  '12. [Unauthorised access] (1) A person who enters a computer without authority commits an offence.',
  '(2) An offence under subsection (1) is punishable by one year in prison.',
  '13. [Unauthorised interception] (1) A person who intercepts data without authority commits an offence. (2) Subsection (1) does not apply to a service provider acting under section 15.',
  '14. (Damage to data) A person who deletes or alters data without authority commits an offence.',
  '15.—(1) A court may order a service provider to preserve data for an investigation.',
  '(2) An order under subsection (1) lasts for ninety days.',
];

describe('drafting style 10d: bracketed headings "13. [Heading] (1) …" and "15.—(1)"', () => {
  const st = parse(BRACKETED);
  it('numbers the sections and reads the bracketed headings', () => {
    expect(tops(st)).toEqual(['11', '12', '13', '14', '15']);
    expect(get(st, '11').heading).toBe('Short title');
    expect(get(st, '13').heading).toBe('Unauthorised interception');
    expect(get(st, '14').heading).toBe('Damage to data');
    expect(get(st, '14').text).toMatch(/^A person who deletes/);
  });
  it('cites the subsections', () => {
    expectCitations(st, ['12(1)', '12(2)', '13(1)', '13(2)', '15(1)', '15(2)']);
    expect(get(st, '13(1)').text).toMatch(/^A person who intercepts/);
  });
  it('leaves "section 15" and "subsection (1)" unsplit', () => {
    expectUnsplit(st, '13(2)', 'section 15');
    expectUnsplit(st, '15(2)', 'subsection (1)');
  });
  it('loses no word', () => {
    expect(lostWords(BRACKETED, st)).toEqual([]);
  });
});

// 11. The same styles converted with the number and the heading each on a line of its own.
export const OWN_LINES_AUSTRALIA = [
  'Model Criminal Code Extract 2031',
  'Division 477—Serious computer offences',
  '477.1',
  'Unauthorised access with intent to commit a serious offence',
  '(1) A person commits an offence if:',
  '(a) the person causes an unauthorised access to data held in a computer; and',
  '(b) the person intends to commit a serious offence.',
  'Penalty: Imprisonment for 10 years.',
  '(2) In this section, serious offence means an offence punishable by 5 years or more.',
  '477.2',
  'Unauthorised modification of data to cause impairment',
  'A person commits an offence if the person causes an unauthorised modification of data, knowing it is unauthorised.',
  'Penalty: Imprisonment for 10 years.',
];

export const OWN_LINES_INDIA = [
  'THE MODEL INFORMATION TECHNOLOGY (AMENDMENT) ACT, 2031',
  'CHAPTER XI',
  'OFFENCES',
  '66.',
  'Computer related offences.',
  'If any person, dishonestly or fraudulently, does any act referred to in section 43, he shall be punishable with imprisonment up to three years.',
  '66A.',
  'Punishment for sending threatening messages.',
  'Any person who sends, by means of a computer resource, any information that is grossly threatening shall be punishable with imprisonment up to two years.',
  '66B.',
  'Punishment for receiving stolen computer resource.',
  'Whoever dishonestly receives any stolen computer resource shall be punishable with imprisonment up to three years.',
];

export const OWN_LINES_PHILIPPINES = [
  'Model Cybercrime Act of 2031',
  'SEC. 4.',
  'Cybercrime Offenses.',
  'Each of the following acts is an offense of cybercrime:',
  '(a) Offenses against the integrity of computer data and systems:',
  '(1) Illegal Access. – Entering a computer system without right.',
  '(2) Data Interference. – Altering or deleting computer data without right.',
  'SEC. 5.',
  'Other Offenses.',
  'Aiding or abetting an offense listed in Section 4 hereof is also punishable.',
];

export const OWN_LINES_PERU = [
  'LEY DE DELITOS INFORMÁTICOS (MODELO)',
  'Artículo 2',
  'Acceso ilícito',
  'El que deliberadamente y sin derecho entra en un sistema informático será reprimido con pena privativa de libertad no menor de uno ni mayor de cuatro años.',
  'Artículo 3',
  'Atentado a la integridad de datos informáticos',
  'El que deliberadamente y sin derecho borra o altera datos informáticos será reprimido con pena privativa de libertad no menor de tres ni mayor de seis años.',
];

describe('drafting style 11: numbers and headings each on a line of their own', () => {
  it('Australia: "477.1" / heading / "(1) …", the Penalty line kept with the subsection', () => {
    const st = parse(OWN_LINES_AUSTRALIA);
    expect(tops(st)).toEqual(['477.1', '477.2']);
    expect(get(st, '477.1').heading).toBe('Unauthorised access with intent to commit a serious offence');
    expect(get(st, '477.2').heading).toBe('Unauthorised modification of data to cause impairment');
    expect(get(st, '477.2').text).toMatch(/^A person commits an offence/);
    expect(childCites(st, '477.1')).toEqual(['477.1(1)', '477.1(2)']);
    expect(childCites(st, '477.1(1)')).toEqual(['477.1(1)(a)', '477.1(1)(b)']);
    expect(get(st, '477.1(1)').text).toMatch(/Penalty/);
    expect(lostWords(OWN_LINES_AUSTRALIA, st)).toEqual([]);
  });
  it('India: "66." / "Computer related offences." / text', () => {
    const st = parse(OWN_LINES_INDIA);
    expect(tops(st)).toEqual(['66', '66A', '66B']);
    expect(get(st, '66').heading).toBe('Computer related offences');
    expect(get(st, '66A').heading).toBe('Punishment for sending threatening messages');
    expect(get(st, '66A').text).toMatch(/^Any person who sends/);
    expectUnsplit(st, '66', 'section 43');
    expect(lostWords(OWN_LINES_INDIA, st)).toEqual([]);
  });
  it('Philippines: "SEC. 4." / "Cybercrime Offenses." / text and offences', () => {
    const st = parse(OWN_LINES_PHILIPPINES);
    expect(tops(st)).toEqual(['4', '5']);
    expect(get(st, '4').heading).toBe('Cybercrime Offenses');
    expect(get(st, '5').heading).toBe('Other Offenses');
    expectCitations(st, ['4(a)', '4(a)(1)', '4(a)(2)']);
    expect(get(st, '4(a)(2)').heading).toBe('Data Interference');
    expect(lostWords(OWN_LINES_PHILIPPINES, st)).toEqual([]);
  });
  it('Peru: "Artículo 2" / "Acceso ilícito" / text', () => {
    const st = parse(OWN_LINES_PERU);
    expect(tops(st)).toEqual(['2', '3']);
    expect(get(st, '2').heading).toBe('Acceso ilícito');
    expect(get(st, '3').text).toMatch(/^El que deliberadamente/);
    expect(lostWords(OWN_LINES_PERU, st)).toEqual([]);
  });
});

// 12. Flattened sections whose heading runs into the text: "Section 2. Unauthorised access (1) A person …".
export const FLAT_HEADED = [
  'Model Cyber Offences Act 2031',
  'Section 1. Short title This Act may be cited as the Model Cyber Offences Act 2031.',
  'Section 2. Unauthorised access (1) A person who enters a computer system without right commits an offence. (2) A person convicted under subsection (1) is liable to a fine.',
  'Section 3. Illegal interception (1) A person who intercepts data without right commits an offence. (2) Subsection (1) does not apply to a provider acting under a court order.',
  'Section 4. Data interference A person who deletes or alters data without right commits an offence.',
];

describe('drafting style 12: flattened sections with the heading run into the text', () => {
  const st = parse(FLAT_HEADED);
  it('separates the heading from the text at the first clause', () => {
    expect(tops(st)).toEqual(['1', '2', '3', '4']);
    expect(get(st, '1').heading).toBe('Short title');
    expect(get(st, '2').heading).toBe('Unauthorised access');
    expect(get(st, '3').heading).toBe('Illegal interception');
    expect(get(st, '4').heading).toBe('Data interference');
    expect(get(st, '4').text).toMatch(/^A person who deletes/);
  });
  it('cites the inline subsections and leaves "subsection (1)" unsplit', () => {
    expectCitations(st, ['2(1)', '2(2)', '3(1)', '3(2)']);
    expectUnsplit(st, '2(2)', 'subsection (1)');
  });
  it('loses no word', () => {
    expect(lostWords(FLAT_HEADED, st)).toEqual([]);
  });
});

// 13a. Mexico: "Artículo 211 bis 1.-" … "211 bis 3.-", numbered after the Latin suffix.
export const MEXICO = [
  'Código Penal Federal (extracto de prueba)',
  'CAPITULO II',
  'Acceso ilícito a sistemas y equipos de informática',
  'Artículo 211 bis 1.- A quien sin permiso altere, borre o haga perder datos guardados en equipos informáticos protegidos por alguna medida de seguridad se le impondrán de seis meses a dos años de prisión.',
  'A quien sin permiso conozca o copie esos datos se le impondrán de tres meses a un año de prisión.',
  'Artículo 211 bis 2.- A quien sin permiso altere o borre datos guardados en equipos informáticos del Estado se le impondrán de uno a cuatro años de prisión.',
  'Artículo 211 bis 3.- Las penas previstas en los artículos 211 bis 1 y 211 bis 2 se aumentarán hasta en una mitad cuando los datos se usen en provecho propio.',
  'Artículo 212.- Para los efectos de este Título, es servidor público toda persona que desempeñe un cargo en la administración pública.',
];

// 13b. Brazil: "Art. 154-A.", paragraphs "§ 1º" and incisos "I -", inserted by "Art. 2º".
export const BRAZIL = [
  'Lei nº 99.999 (texto de teste)',
  'Art. 1º Esta Lei trata da tipificação criminal de delitos informáticos.',
  'Art. 2º O Código Penal passa a vigorar acrescido do seguinte art. 154-A:',
  '"Art. 154-A. Entrar em dispositivo informático alheio, burlando mecanismo de segurança, com o fim de obter ou destruir dados sem licença do titular:',
  'Pena - detenção, de 3 (três) meses a 1 (um) ano, e multa.',
  '§ 1º Na mesma pena incorre quem produz ou vende programa de computador feito para permitir a conduta do caput.',
  '§ 2º Aumenta-se a pena de um sexto a um terço se da invasão resulta prejuízo econômico.',
  '§ 3º Se da invasão resultar a obtenção de conteúdo de comunicações privadas:',
  'I - a pena é de reclusão, de 6 (seis) meses a 2 (dois) anos;',
  'II - a pena é aumentada se houver divulgação dos dados obtidos."',
  'Art. 3º Esta Lei entra em vigor cento e vinte dias após a sua publicação.',
];

// 13c. Ecuador: "Art. 232.- Heading.- Text" with numbered paragraphs.
export const ECUADOR = [
  'Código Orgánico Integral Penal (extracto de prueba)',
  'Art. 229.- Revelación ilegal de base de datos.- La persona que, en provecho propio o de un tercero, revele datos guardados en sistemas informáticos será sancionada con pena privativa de libertad de uno a tres años.',
  'Art. 232.- Ataque a la integridad de sistemas informáticos.- La persona que destruya, dañe o borre datos informáticos será sancionada con pena privativa de libertad de tres a cinco años.',
  'Con igual pena será sancionada la persona que:',
  '1. Diseñe o venda programas destinados a causar los daños descritos en este artículo.',
  '2. Destruya la infraestructura tecnológica necesaria para transmitir datos.',
  'Art. 234.- Acceso no consentido a un sistema informático.- La persona que sin permiso entre en todo o parte de un sistema informático será sancionada con pena privativa de libertad de tres a cinco años.',
];

// 13d. Paraguay: a letter printed apart after the number, "Artículo 174 b.-".
export const PARAGUAY = [
  'Ley de prueba que modifica el Código Penal',
  'Artículo 174.- Alteración de datos',
  '1º El que lesionando el derecho de disposición de otro sobre datos los borre, suprima, inutilice o cambie, será castigado con pena privativa de libertad de hasta dos años o con multa.',
  '2º En estos casos, será castigada también la tentativa.',
  'Artículo 174 b.- Acceso indebido a sistemas informáticos',
  '1º El que accediere a un sistema informático o a sus componentes, burlando medidas de seguridad, será castigado con pena privativa de libertad de hasta tres años o multa.',
  'Artículo 175.- Sabotaje de sistemas informáticos',
  'El que obstaculizare un procesamiento de datos de importancia vital para otros será castigado con pena privativa de libertad de hasta cinco años o con multa.',
];

describe('drafting style 13: further Latin American article forms', () => {
  it('Mexico: "211 bis 1" … "211 bis 3" in order, then 212; "artículos 211 bis 1 y 211 bis 2" stays text', () => {
    const st = parse(MEXICO);
    expect(tops(st)).toEqual(['211 bis 1', '211 bis 2', '211 bis 3', '212']);
    expect(get(st, '211 bis 1').text).toMatch(/^A quien sin permiso altere/);
    expectUnsplit(st, '211 bis 3', 'artículos 211 bis 1 y 211 bis 2');
    expect(st.warnings.filter((w) => /out of order/.test(w))).toEqual([]);
    expect(lostWords(MEXICO, st)).toEqual([]);
  });
  it('Brazil: "Art. 154-A." inserted by article 2, its § paragraphs and roman incisos', () => {
    const st = parse(BRAZIL);
    expect(tops(st)).toEqual(['1', '2', '3']);
    expect(childCites(st, '2')).toEqual(['154-A']);
    expect(childCites(st, '154-A')).toEqual(['154-A(1)', '154-A(2)', '154-A(3)']);
    expect(childCites(st, '154-A(3)')).toEqual(['154-A(3)(I)', '154-A(3)(II)']);
    expect(get(st, '154-A').text).toMatch(/Pena - detenção/);
    expect(lostWords(BRAZIL, st)).toEqual([]);
  });
  it('Ecuador: "Art. 232.- Heading.- Text" and its numbered paragraphs', () => {
    const st = parse(ECUADOR);
    expect(tops(st)).toEqual(['229', '232', '234']);
    expect(get(st, '232').heading).toBe('Ataque a la integridad de sistemas informáticos');
    expect(get(st, '232').text).toMatch(/^La persona que destruya/);
    expect(childCites(st, '232')).toEqual(['232(1)', '232(2)']);
    expect(get(st, '234').heading).toBe('Acceso no consentido a un sistema informático');
    expect(lostWords(ECUADOR, st)).toEqual([]);
  });
  it('Paraguay: "Artículo 174 b.-" between 174 and 175, ordinal paragraphs 1º, 2º', () => {
    const st = parse(PARAGUAY);
    expect(tops(st)).toEqual(['174', '174 b', '175']);
    expect(get(st, '174 b').heading).toBe('Acceso indebido a sistemas informáticos');
    expect(childCites(st, '174')).toEqual(['174(1)', '174(2)']);
    expect(childCites(st, '174 b')).toEqual(['174 b(1)']);
    expect(lostWords(PARAGUAY, st)).toEqual([]);
  });
});

// 14. US state codes: "Sec. 33.02. HEADING. (a) …" (Texas), "§ 156.05 Heading. Text" (New York),
// "815.06 Heading.—" over "(1) …" (Florida).
export const TEXAS = [
  'Penal Code, Title 7 (test extract)',
  'CHAPTER 33. COMPUTER CRIMES',
  'Sec. 33.01. DEFINITIONS. In this chapter:',
  '(1) "Access" means to approach, instruct, or communicate with a computer.',
  '(2) "Computer" means an electronic device that performs logical, arithmetic, or memory functions.',
  'Sec. 33.02. BREACH OF COMPUTER SECURITY. (a) A person commits an offense if the person knowingly enters a computer without the effective consent of the owner.',
  '(b) An offense under Subsection (a) is a Class B misdemeanor.',
  'Sec. 33.021. ONLINE SOLICITATION OF A MINOR. (a) In this section, "minor" means an individual younger than 17 years of age.',
  '(b) A person commits an offense if the person, over the Internet, knowingly solicits a minor to meet.',
];

export const NEW_YORK = [
  'Penal Law, Article 156 (test extract)',
  '§ 156.05 Unauthorized use of a computer. A person is guilty of unauthorized use of a computer when he knowingly uses a computer without authorization.',
  'Unauthorized use of a computer is a class A misdemeanor.',
  '§ 156.10 Computer trespass. A person is guilty of computer trespass when he knowingly uses a computer without authorization and:',
  '1. he does so with an intent to commit a felony; or',
  '2. he thereby knowingly gains access to computer material.',
  'Computer trespass is a class E felony.',
];

export const FLORIDA = [
  'Florida Statutes, Chapter 815 (test extract)',
  '815.03 Definitions.—As used in this chapter, unless the context clearly indicates otherwise:',
  '(1) "Access" means to approach, instruct, or communicate with a computer.',
  '(2) "Computer" means an internally programmed, automatic device that performs data processing.',
  '815.06 Offenses against users of computers, computer systems, and computer networks.—',
  '(1) A person commits an offense against users of computers if he or she willfully and without authorization accesses a computer.',
  '(2) An offense under subsection (1) is a felony of the third degree.',
];

describe('drafting style 14: US state codes', () => {
  it('Texas: "Sec. 33.02. HEADING. (a) …" with decimal numbers', () => {
    const st = parse(TEXAS);
    expect(tops(st)).toEqual(['33.01', '33.02', '33.021']);
    expect(get(st, '33.02').heading).toBe('BREACH OF COMPUTER SECURITY');
    expect(childCites(st, '33.02')).toEqual(['33.02(a)', '33.02(b)']);
    expect(childCites(st, '33.01')).toEqual(['33.01(1)', '33.01(2)']);
    expectUnsplit(st, '33.02(b)', 'Subsection (a)');
    expect(lostWords(TEXAS, st)).toEqual([]);
  });
  it('New York: "§ 156.05 Heading. Text" with numbered conditions', () => {
    const st = parse(NEW_YORK);
    expect(tops(st)).toEqual(['156.05', '156.10']);
    expect(get(st, '156.05').heading).toBe('Unauthorized use of a computer');
    expect(get(st, '156.05').text).toMatch(/^A person is guilty/);
    expect(childCites(st, '156.10')).toEqual(['156.10(1)', '156.10(2)']);
    expect(lostWords(NEW_YORK, st)).toEqual([]);
  });
  it('Florida: "815.06 Heading.—" over its subsections', () => {
    const st = parse(FLORIDA);
    expect(tops(st)).toEqual(['815.03', '815.06']);
    expect(get(st, '815.06').heading).toBe('Offenses against users of computers, computer systems, and computer networks');
    expect(get(st, '815.03').heading).toBe('Definitions');
    expect(childCites(st, '815.06')).toEqual(['815.06(1)', '815.06(2)']);
    expectUnsplit(st, '815.06(2)', 'subsection (1)');
    expect(lostWords(FLORIDA, st)).toEqual([]);
  });
});

// 15. French-speaking Africa: "ARTICLE 1er.-", "Article 4 :" with dashed definitions, "Section I" groups.
export const FRANCOPHONE_AFRICA = [
  'LOI N° 2031/007 RELATIVE À LA CYBERCRIMINALITÉ (texte d’essai)',
  'TITRE PREMIER',
  'DISPOSITIONS GÉNÉRALES',
  'ARTICLE 1er.- La présente loi régit la lutte contre la cybercriminalité.',
  'ARTICLE 2.- Au sens de la présente loi, on entend par :',
  '- accès : le fait d’entrer dans tout ou partie d’un système informatique ;',
  '- données : toute représentation de faits ou d’informations sous une forme qu’un ordinateur peut traiter.',
  'TITRE II',
  'DES INFRACTIONS',
  'Section I : Des atteintes aux systèmes informatiques',
  'ARTICLE 3.- (1) Est puni d’un emprisonnement d’un à deux ans celui qui entre frauduleusement dans un système informatique.',
  '(2) Les peines sont doublées lorsque l’accès a entraîné la suppression de données.',
  'ARTICLE 4.- Est puni des peines prévues à l’article 3 alinéa 1 celui qui entrave le fonctionnement d’un système informatique.',
  'Section II : Des atteintes aux données',
  'ARTICLE 5.- Est puni d’un emprisonnement de deux à cinq ans celui qui :',
  'a) introduit frauduleusement des données dans un système informatique ;',
  'b) supprime ou modifie frauduleusement les données qu’il contient.',
];

describe('drafting style 15: French-speaking Africa ("ARTICLE 1er.-", "Section I :" groups)', () => {
  const st = parse(FRANCOPHONE_AFRICA);
  it('numbers the articles inside titles and sections that cite themselves', () => {
    expect(tops(st)).toEqual(['1', '2', '3', '4', '5']);
    expect(containers(st)).toEqual(['TITRE PREMIER', 'TITRE II', 'Section I', 'Section II']);
    expect(childCites(st, 'Section II')).toEqual(['5']);
    expect(get(st, 'TITRE II').heading).toBe('DES INFRACTIONS');
    expect(st.language).toBe('fr');
  });
  it('cites the paragraphs and letters, keeps the dashed definitions as text, leaves "l’article 3 alinéa 1" alone', () => {
    expectCitations(st, ['3(1)', '3(2)', '5(a)', '5(b)']);
    expect(childCites(st, '2')).toEqual([]);
    expect(get(st, '2').role).toBe('definitions');
    expectUnsplit(st, '4', 'l’article 3 alinéa 1');
  });
  it('loses no word', () => {
    expect(lostWords(FRANCOPHONE_AFRICA, st)).toEqual([]);
  });
});

// 16. Flattened civil-law articles: heading and text on the article's line, items inline.
export const FLAT_SPANISH = [
  'LEY DE PRUEBA SOBRE DELITOS INFORMÁTICOS',
  'Artículo 1. Objeto. La presente ley tiene por objeto sancionar las conductas que afectan a los sistemas informáticos.',
  'Artículo 2. Acceso ilícito. El que sin derecho entre en un sistema informático será sancionado con prisión de uno a tres años.',
  'Artículo 3. Agravantes. La pena se aumenta en un tercio cuando: 1. El autor actúa como miembro de una organización criminal; 2. El autor se vale de su cargo público; 3. El hecho afecta a un servicio esencial.',
  'Artículo 4. Dispositivos. Será sancionado con prisión de seis meses a dos años el que, sin derecho, fabrique o venda: a) un programa concebido para cometer los delitos del artículo 2; b) una contraseña que permita entrar en un sistema informático.',
  'Artículo 5. Vigencia. Esta ley rige desde el día 1 de enero de 2032, conforme a los artículos 2. y 3. de la ley general.',
];

describe('drafting style 16: flattened civil-law articles with inline items', () => {
  const st = parse(FLAT_SPANISH);
  it('reads the heading on the article line and the items "1.", "2." and "a)", "b)" inside the text', () => {
    expect(tops(st)).toEqual(['1', '2', '3', '4', '5']);
    expect(get(st, '3').heading).toBe('Agravantes');
    expect(childCites(st, '3')).toEqual(['3(1)', '3(2)', '3(3)']);
    expect(get(st, '3(2)').text).toMatch(/^El autor se vale/);
    expect(childCites(st, '4')).toEqual(['4(a)', '4(b)']);
    expect(get(st, '4').text).toMatch(/fabrique o venda:$/);
  });
  it('leaves numbers of the text alone: "artículo 2;", "día 1 de enero", "artículos 2. y 3."', () => {
    expect(childCites(st, '2')).toEqual([]);
    expectUnsplit(st, '5', 'artículos 2. y 3.');
    expect(get(st, '4(a)').text).toContain('artículo 2');
  });
  it('loses no word', () => {
    expect(lostWords(FLAT_SPANISH, st)).toEqual([]);
  });
});

// 17. The Australian style flattened: number, heading and text on one line.
export const FLAT_AUSTRALIA = [
  'Model Criminal Code (flattened extract)',
  'Division 477—Serious computer offences',
  '477.1 Unauthorised access with intent to commit a serious offence (1) A person commits an offence if: (a) the person causes an unauthorised access to data held in a computer; and (b) the person intends to commit a serious offence. Penalty: Imprisonment for 10 years. (2) Absolute liability applies to paragraph (1)(b).',
  '477.2 Unauthorised modification of data to cause impairment (1) A person commits an offence if: (a) the person causes an unauthorised modification of data; and (b) the person knows it is unauthorised. Penalty: Imprisonment for 10 years.',
  '477.3 Unauthorised impairment of electronic communication A person commits an offence if the person causes an unauthorised impairment of electronic communication. Penalty: Imprisonment for 10 years.',
];

describe('drafting style 17: Australian sections flattened onto one line', () => {
  const st = parse(FLAT_AUSTRALIA);
  it('separates the heading from the first subsection or sentence', () => {
    expect(tops(st)).toEqual(['477.1', '477.2', '477.3']);
    expect(get(st, '477.1').heading).toBe('Unauthorised access with intent to commit a serious offence');
    expect(get(st, '477.3').heading).toBe('Unauthorised impairment of electronic communication');
    expect(get(st, '477.3').text).toMatch(/^A person commits/);
  });
  it('cites the inline subsections and paragraphs, "paragraph (1)(b)" unsplit', () => {
    expect(childCites(st, '477.1')).toEqual(['477.1(1)', '477.1(2)']);
    expect(childCites(st, '477.1(1)')).toEqual(['477.1(1)(a)', '477.1(1)(b)']);
    expect(childCites(st, '477.2(1)')).toEqual(['477.2(1)(a)', '477.2(1)(b)']);
    expectUnsplit(st, '477.1(2)', 'paragraph (1)(b)');
  });
  it('loses no word', () => {
    expect(lostWords(FLAT_AUSTRALIA, st)).toEqual([]);
  });
});

// 18. Definitions inside an offence section: the last term's list is a real list, an earlier one is not.
export const SECTION_DEFINITIONS = [
  'Model Child Protection (Online) Act 2031',
  '5. Child abuse material',
  '(1) A person who makes or distributes child abuse material by means of a computer system commits an offence.',
  '(2) In this section—',
  '"child" means a person under eighteen years of age;',
  '"child abuse material" means any material that shows—',
  '(a) a child taking part in sexual conduct; or',
  '(b) a person who appears to be a child taking part in such conduct.',
  '(3) It is a defence that the person acted in the course of a criminal investigation.',
  '6. Grooming',
  '(1) In this section— "communication" means— (a) a message; or (b) a call; "meeting" means a meeting in person.',
  '(2) A person who arranges a meeting with a child by means of a communication, for a sexual purpose, commits an offence.',
];

describe('drafting style 18: definitions inside an offence section', () => {
  const st = parse(SECTION_DEFINITIONS);
  it('keeps the last term\'s list as subdivisions and the subsection after it', () => {
    expect(childCites(st, '5')).toEqual(['5(1)', '5(2)', '5(3)']);
    expect(childCites(st, '5(2)')).toEqual(['5(2)(a)', '5(2)(b)']);
  });
  it('keeps a list followed by more terms as text of the definitions subsection', () => {
    expect(childCites(st, '6')).toEqual(['6(1)', '6(2)']);
    expect(childCites(st, '6(1)')).toEqual([]);
    expect(get(st, '6(1)').text).toContain('"meeting" means');
  });
  it('loses no word', () => {
    expect(lostWords(SECTION_DEFINITIONS, st)).toEqual([]);
  });
});

// 19. An arrangement of sections before the body (West and East Africa), the body opening with a Part.
export const ARRANGED = [
  'CYBERCRIMES (MODEL) ACT, 2031',
  'ARRANGEMENT OF SECTIONS',
  'PART I—OBJECT AND APPLICATION',
  '1. Object',
  '2. Application',
  'PART II—OFFENCES',
  '3. Unlawful access to a computer',
  '4. Interception of communications',
  '5. Data interference',
  'An Act to provide for the prevention of cybercrime.',
  '[1st January, 2032] Commencement.',
  'ENACTED by the National Assembly as follows—',
  'PART I—OBJECT AND APPLICATION',
  'Object',
  '1. The object of this Act is to provide a framework for the prevention of cybercrime.',
  'Application',
  '2. This Act applies throughout the country.',
  'PART II—OFFENCES',
  'Unlawful access to a computer',
  '3.—(1) Any person who, without authorization, deliberately enters a computer system commits an offence. (2) An offence under subsection (1) is punishable on conviction by 2 years in prison.',
  'Interception of communications',
  '4. Any person who intentionally and without authorization intercepts non-public data commits an offence.',
  'Data interference',
  '5.—(1) Any person who deletes or alters data without authorization commits an offence.',
  '(2) It is immaterial whether the alteration is temporary.',
];

describe('drafting style 19: an arrangement of sections before the body', () => {
  const st = parse(ARRANGED);
  it('reads the arrangement as formal text and the body\'s Parts as containers', () => {
    expect(st.provisions.map((p) => [p.citation, p.role])).toEqual([
      ['', 'formal'],
      ['PART I', 'normative'],
      ['PART II', 'normative'],
    ]);
    expect(childCites(st, 'PART I')).toEqual(['1', '2']);
    expect(tops(st)).toEqual(['1', '2', '3', '4', '5']);
    expect(get(st, '3').heading).toBe('Unlawful access to a computer');
    expectCitations(st, ['3(1)', '3(2)', '5(1)', '5(2)']);
  });
  it('loses no word', () => {
    expect(lostWords(ARRANGED, st)).toEqual([]);
  });
});

// 20. New Zealand: "249 Heading" then "(1) Every one is liable …", history notes "Section 249: replaced, …".
export const NEW_ZEALAND = [
  'Model Crimes Act 2031',
  'Crimes involving computers',
  '248 Interpretation',
  'In this section and in sections 249 to 252,—',
  'access, in relation to a computer system, means to instruct, communicate with, or otherwise use any resource of it',
  'computer system means a computer, or two or more computers linked together, with their programs and data.',
  'Section 248: replaced, on 1 October 2031, by section 5 of the Model Crimes Amendment Act 2031.',
  '249 Accessing computer system for dishonest purpose',
  '(1) Every one is liable to imprisonment for a term not exceeding 7 years who, directly or indirectly, accesses a computer system and so, dishonestly and without claim of right,—',
  '(a) obtains any property, privilege, service, or benefit; or',
  '(b) causes loss to any other person.',
  '(2) Every one is liable to imprisonment for a term not exceeding 5 years who accesses a computer system with intent to obtain a benefit dishonestly.',
  'Section 249: replaced, on 1 October 2031, by section 5 of the Model Crimes Amendment Act 2031.',
  '250 Damaging or interfering with computer system',
  '(1) Every one is liable to imprisonment for a term not exceeding 10 years who intentionally destroys or damages a computer system knowing that danger to life is likely to result.',
  'Section 250: replaced, on 1 October 2031, by section 5 of the Model Crimes Amendment Act 2031.',
  '251 Making, selling, or distributing or possessing software for committing crime',
  '(1) Every one is liable to imprisonment for a term not exceeding 2 years who sells or offers software knowing it is intended to be used to commit an offence.',
  'Section 251: replaced, on 1 October 2031, by section 5 of the Model Crimes Amendment Act 2031.',
  '252 Accessing computer system without authorisation',
  '(1) Every one is liable to imprisonment for a term not exceeding 2 years who intentionally accesses a computer system without authorisation, knowing that he or she is not authorised to access it.',
  'Compare: 1961 No 43 s 252',
  'Section 252: replaced, on 1 October 2031, by section 5 of the Model Crimes Amendment Act 2031.',
];

describe('drafting style 20: New Zealand ("249 Heading", history notes "Section 249: replaced, …")', () => {
  const st = parse(NEW_ZEALAND);
  it('numbers the sections by the bare numbers, not by the history notes', () => {
    expect(tops(st)).toEqual(['248', '249', '250', '251', '252']);
    expect(get(st, '249').heading).toBe('Accessing computer system for dishonest purpose');
    expect(get(st, '251').heading).toBe('Making, selling, or distributing or possessing software for committing crime');
    expect(childCites(st, '249')).toEqual(['249(1)', '249(2)']);
    expect(childCites(st, '249(1)')).toEqual(['249(1)(a)', '249(1)(b)']);
    expect(get(st, '249(2)').text).toMatch(/Section 249: replaced/);
    expect(get(st, '248').role).toBe('definitions');
  });
  it('leaves "sections 249 to 252" in the text', () => {
    expectUnsplit(st, '248', 'sections 249 to 252');
  });
  it('loses no word', () => {
    expect(lostWords(NEW_ZEALAND, st)).toEqual([]);
  });
});

// Converted files differ in spacing: blank lines between paragraphs, doubled spaces, no-break
// spaces, carriage returns. None of it may change the tree.
describe('every style above, re-spaced as converters print it', () => {
  const styles: Record<string, string[]> = {
    AUSTRALIA, INDIA, SOUTH_AFRICA, IRELAND, UNITED_KINGDOM, SPAIN, ARGENTINA, PERU, FRANCE_CODE, FRANCE_LAW, BELGIUM,
    US_CODE, US_STATE, FLATTENED, PHILIPPINES, MALAYSIA, CARIBBEAN, CAPITALS, SECTION_KEYWORD, S_DOT, BRACKETED,
    OWN_LINES_AUSTRALIA, OWN_LINES_INDIA, OWN_LINES_PHILIPPINES, OWN_LINES_PERU, FLAT_HEADED, MEXICO, BRAZIL, ECUADOR,
    PARAGUAY, TEXAS, NEW_YORK, FLORIDA, FRANCOPHONE_AFRICA, FLAT_SPANISH, FLAT_AUSTRALIA, SECTION_DEFINITIONS, ARRANGED, NEW_ZEALAND,
  };
  const shape = (st: ParsedStatute) => [...walkProvisions(st.provisions)].map((p) => `${p.citation}|${p.heading ?? ''}|${p.children.length}`);
  it.each(Object.keys(styles))('%s', (name) => {
    const lines = styles[name];
    const spaced = lines.flatMap((l, k) => (k === 0 ? [l] : ['', `${l.replace(/ (?=\p{L})/gu, (m) => m).replace(/^/, ' ')}\u00a0\r`]));
    const doubled = lines.map((l) => l.replace(/(\d[.)]?) (?=\p{L})/u, '$1  '));
    expect(shape(parse(spaced))).toEqual(shape(parse(lines)));
    expect(shape(parse(doubled))).toEqual(shape(parse(lines)));
  });
});
