/** A spreadsheet's letters of a 1-based column position: 1 → A, 27 → AA (how Excel names a column). */
export function columnLetters(position: number): string {
  let letters = '';
  for (let n = position; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
