// The `hyphen` package's compiled pattern files (CommonJS/UMD, no types of their own): each exports
// [levels, trie, exceptions], typed as HyphenationPatterns where hyphenation.ts and hyphenationSv.ts
// import them.
declare module 'hyphen/patterns/fi.js' {
  const patterns: unknown;
  export default patterns;
}
declare module 'hyphen/patterns/sv.js' {
  const patterns: unknown;
  export default patterns;
}
