export * from './lexicon.model';
export { loadLexicon, DEFAULT_LEXICON_DIR } from './load-lexicon';
