/** Language of a law's text, by stop-word profile and telltale letters. */
export { detectLanguage } from './detect-language';
