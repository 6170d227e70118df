/** Language detection on sentences written for this spec. */
import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it('recognises English, French and Spanish law text', () => {
    expect(detectLanguage('A person who enters a computer without the consent of the owner shall be liable to a fine under this Act.')).toBe('en');
    expect(detectLanguage("Le fait d'entrer dans un système sans le droit de le faire est puni de deux ans et d'une amende par la loi.")).toBe('fr');
    expect(detectLanguage('El que entre en un sistema sin la autorización del dueño será castigado con la pena de multa por la ley.')).toBe('es');
  });

  it('does not take Vietnamese for en/fr/es (diacritics ư ơ đ)', () => {
    const vi = 'Người nào truy cập trái phép vào mạng máy tính của người khác thì bị phạt tiền theo quy định của luật này và được áp dụng đối với tổ chức.';
    expect(detectLanguage(vi)).toBe('vi');
  });

  it('tells Portuguese from Spanish', () => {
    expect(detectLanguage('Quem acessar o sistema de informação sem autorização será punido com pena de detenção e multa, nos termos da lei, não havendo exceção.')).toBe('pt');
  });

  it('names non-Latin scripts and gives up on too little text', () => {
    expect(detectLanguage('Любое лицо, которое получает доступ к компьютерной информации без разрешения, наказывается штрафом.')).toBe('ru');
    expect(detectLanguage('12 34')).toBe('und');
  });
});
