/** Where a classic-script bundle's Swedish patterns are (yhdyspinta-elements-sv.js; swedishByUrl.ts). */
let url: string | undefined;

export function setSwedishPatternsUrl(value: string | undefined): void {
  url = value;
}

export function swedishPatternsUrl(): string | undefined {
  return url;
}
