// Types of scripts/libreoffice.mjs for the TypeScript tests and the CLI.
export declare function findSoffice(): string | undefined;
export declare function sofficeMissingReason(): string | undefined;
export declare function convertWithLibreOffice(
  inputs: readonly { readonly name: string; readonly data: string | Uint8Array }[],
  format: string,
  options?: { readonly timeoutMs?: number },
): { name: string; data: Buffer }[];
