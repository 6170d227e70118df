/** The numbering parser: a law's lines → its provision tree with citations. */
export { parseStatute } from './parse-statute';
export type { ParseOptions } from './parse-statute';
export { parseSectionNumber, compareSectionNumbers, isNextSectionNumber } from './section-number';
export type { SectionNumber } from './section-number';
export { readLabelCore, followsInSeries } from './labels';
export type { Label, LabelReading, LabelType } from './labels';
export { detectRole } from './roles';
export { detectDamage } from './damage';
export { MAX_PROVISION_DEPTH } from './parse-statute';
