/**
 * What a provision does, read from its heading and the opening of its own text:
 * definitions, penalty, amending, repealed, or normative. Offence-creating provisions stay
 * normative even when they state the penalty in the same sentence ("commits an offence and is
 * liable…", "Quiconque … sera puni…"): penalty is for provisions whose job is the sanction.
 */
import type { ProvisionRole } from '../provision.model';

const REPEALED_TEXT =
  /^(?:\[?\s*(?:repealed|spent|omitted|deleted|abrogé|abrogée|abrogés|derogado|derogada|derogados|suprimido|revoked)\b[^\]]*\]?\.?|(?:\.\s?){3,}|…+|\[\s*…\s*\])$/i;

const AMENDING_TEXT = new RegExp(
  [
    String.raw`\b(?:is|are)\s+(?:hereby\s+|further\s+)?(?:amended|repealed|replaced|substituted|renumbered|inserted)\b`,
    String.raw`\bshall\s+be\s+(?:inserted|substituted|added|omitted|repealed)\b`,
    String.raw`\bby\s+(?:adding|inserting|substituting|deleting|replacing|repealing)\b`,
    String.raw`\b(?:est|sont)\s+(?:ainsi\s+)?(?:modifiée?s?|abrogée?s?|remplacée?s?|complétée?s?|insérée?s?)\b`,
    String.raw`\bil\s+est\s+(?:inséré|ajouté|créé)\b`,
    String.raw`\bse\s+(?:modifica|deroga|adiciona|sustituye|agrega)\b`,
    String.raw`\b(?:modifícase|modifícanse|agrégase|agréganse|adiciónase|adiciónese|derógase|deróganse|intercálase|reemplázase|sustitúyese|suprímese|incorpórase)\b`,
    String.raw`^\[(?:amendments?|modifications?)\]`,
  ].join('|'),
  'i',
);

const DEFINITION_HEADING = /\b(?:interpretation|definitions?|meaning of|glossary|d[ée]finitions?|terminolog|definiciones|glosario|t[ée]rminos)\b/i;
const DEFINITION_TEXT = new RegExp(
  [
    String.raw`^(?:[^.]{0,80})\bunless the context (?:otherwise )?requires\b`,
    String.raw`^In this (?:Act|Part|Chapter|section|Division|Law|Code|Title|subsection)\b[^.]{0,60}\b(?:means|includes|refers to|has the meaning)`,
    String.raw`^(?:In this (?:Act|Part|Law|Chapter)|For (?:the )?purposes of this (?:Act|Part|Law|Chapter|section)),?\s*(?:the following|—|:|-)`,
    String.raw`\bthe following (?:terms|words|expressions|definitions)\b`,
    String.raw`^(?:[^.]{0,80})\bon entend par\b`,
    String.raw`^Au sens (?:de la présente|du présent)`,
    String.raw`\bse entender[áa] por\b|\bse entiende por\b|\bpara (?:los )?efectos de (?:esta|la presente) ley,? se entender`,
    String.raw`^As used in this (?:Law|Act|section|chapter)`,
    // A lead-in with nothing after it: "In this Act, unless …,—"
    String.raw`^In this (?:Act|Part|Law|Chapter|Division|Subdivision|Code|Ordinance)\b[^.]{0,140}[,—–:-]\s*$`,
  ].join('|'),
  'i',
);
/** A defined term opening its own subdivision: `"access" means`, `Computer data refers to`. */
const DEFINED_TERM = /^(?:["“‘'][^"”’']{1,80}["”’']|[A-Z][\w\s'’-]{1,60}?)\s+(?:means|includes|refers to|has the (?:same )?meaning|désigne|s'entend|se entiende)\b|^\p{Lu}[\p{L}\s'’-]{1,60}?\s?:\s/u;

const QUOTED_TERM_START = /^["“‘']{1,2}\s?[^"”’']{1,80}["”’']\s+(?:means|includes|refers to|désigne|s'entend|significa|se entiende)\b/u;
const QUOTED_TERM_ANYWHERE = /["“‘'][^"”’'\n]{1,80}["”’']\s+(?:means|includes|refers to|désigne|s'entend|significa|se entiende)\b/gu;

const PENALTY_HEADING = /\b(?:penalt(?:y|ies)|punishments?|sanctions?|peines?|penas?|sanciones|fines)\b/i;
const PENALTY_TEXT = new RegExp(
  [
    String.raw`^(?:A|Any|Every)\s+(?:body corporate|person|one|individual)\s+(?:who is\s+)?(?:guilty|convicted|found guilty)\s+of\s+(?:an|any|the)\s+(?:offen[cs]e|punishable)`,
    String.raw`^(?:Any|Every)\s+person\s+found\s+guilty\b`,
    String.raw`^The\s+punishment\s+for\b`,
    String.raw`^(?:shall|is)\s+(?:be\s+)?(?:liable|punished)\b`,
    String.raw`^(?:on|upon)\s+(?:summary\s+)?conviction\b`,
    String.raw`^(?:Les|Ces)\s+(?:infractions|faits)\s+[^.]{0,80}\bsont\s+punie?s\b`,
    String.raw`^(?:Est|Sont)\s+punie?s?\s+des\s+mêmes\s+peines`,
    String.raw`^Les\s+personnes\s+(?:physiques|morales)\s+[^.]{0,160}\bencourent\b`,
    String.raw`^(?:La|Las)\s+penas?\b`,
    String.raw`^Se\s+(?:aplicará|impondrá)\s+(?:la\s+)?pena`,
    String.raw`^(?:Con|Será castigado con)\s+(?:presidio|prisión|multa)\b`,
  ].join('|'),
  'i',
);
const SANCTION_WORD = /\b(?:liable|punish|punished|punishable|imprisonment|fine|penalty|sentence|puni|peine|emprisonnement|amende|pena|presidio|prisión|multa|castigado)/i;
/** Text that creates an offence: it stays normative even when it names the penalty. */
const OFFENCE_CREATING =
  /\b(?:commits an offen[cs]e|(?:is|shall be) guilty of an offen[cs]e|shall not\b|Whoever\b|Quiconque|El que\b|La que\b|Le fait de|Celui qui|Quien\b|If any person\b|(?:Any|Every|A) person who\b(?! (?:is|has been|was) (?:convicted|found guilty|guilty)))/;

export function detectRole(heading: string | undefined, text: string, parentRole?: ProvisionRole): ProvisionRole {
  const own = text.trim();
  const head = (heading ?? '').trim();
  if (REPEALED_TEXT.test(own) || /^\[?\s*(?:repealed|abrogé|derogado)\b/i.test(head)) return 'repealed';
  if (!own && /^(?:derogado|repealed)\.?$/i.test(head)) return 'repealed';
  const opening = own.slice(0, 400);
  if (AMENDING_TEXT.test(opening) || /^(?:amendment|amendments|consequential amendments?|modification)\b/i.test(head)) return 'amending';
  if (DEFINITION_HEADING.test(head) || DEFINITION_TEXT.test(opening)) return 'definitions';
  if (parentRole === 'definitions' && DEFINED_TERM.test(opening)) return 'definitions';
  // A run of quoted terms each with its meaning (definitions quoted into another law's definitions section).
  if (QUOTED_TERM_START.test(own) && (own.match(QUOTED_TERM_ANYWHERE) ?? []).length >= 3) return 'definitions';
  if (PENALTY_HEADING.test(head) && !OFFENCE_CREATING.test(opening)) return 'penalty';
  if (PENALTY_TEXT.test(opening) && SANCTION_WORD.test(opening.slice(0, 300)) && !OFFENCE_CREATING.test(opening.slice(0, 200))) return 'penalty';
  return 'normative';
}
