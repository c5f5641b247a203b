/**
 * The shape of one language's importer messages (messagesFi.ts, messagesSv.ts, messagesEn.ts).
 */
import type { ParseErrorCode } from './types';

/** What a missing or mistyped cell / field should have held. */
export type ExpectedKind =
  | 'municipality'
  | 'item'
  | 'respondent'
  /** JSON: a rating field's types (number, string or null). */
  | 'rating-json'
  /** Wide / respondent header: columns naming items (ids or question texts). */
  | 'item-columns';

/** A JSON value's type, as messages name it. */
export type JsonTypeName =
  | 'null'
  | 'array'
  | 'object'
  | 'string'
  | 'number'
  | 'boolean'
  | 'undefined'
  | 'bigint'
  | 'symbol'
  | 'function';

/** Extra facts some messages need (language-neutral: each language words them). */
export interface ErrorDetail {
  /** 'duplicate', 'duplicate-column': the line / record / column of the first occurrence. */
  readonly first?: number;
  /** 'duplicate' of a cell: the municipality id. */
  readonly municipalityId?: string;
  /** 'duplicate' of a cell in a file with a respondent column: the respondent. */
  readonly respondent?: string;
  /** 'duplicate' of a respondent id (respondent-per-row layout). */
  readonly ofRespondent?: boolean;
  /** 'duplicate' within one JSON record: the earlier field with the same item. */
  readonly firstField?: string;
  /** 'missing-value', 'invalid-type': what is required ('invalid-type' of a name: a string of it). */
  readonly expected?: ExpectedKind;
  /** 'missing-column': the accepted header names; 'missing-field': the accepted field names. */
  readonly names?: readonly string[];
  /** 'invalid-input', 'invalid-record', 'invalid-type': the JSON type found. */
  readonly found?: JsonTypeName;
  /** 'unknown-municipality': the area's name when it is not the shipped Länsi-Uusimaa. */
  readonly area?: string;
  /** 'invalid-file': the reader's own reason (shown escaped). */
  readonly reason?: string;
  /** 'invalid-file': what the bytes are instead of a data file (a PDF, an Excel 97–2003 workbook). */
  readonly fileType?: 'pdf' | 'xls';
  /** 'invalid-file' of JSON: the text ends inside a value (cut short), or where the parser stopped. */
  readonly json?: { readonly endsEarly: true } | { readonly line: number; readonly column: number };
  /**
   * 'missing-column' of a column found by its role (or named in the mapping): which. The message names
   * it in words and the place has no column (the role's key stays the error's `column`).
   */
  readonly role?: ColumnRole;
}

/** What a header column is for, as a missing one is named. */
export type ColumnRole = 'municipality' | 'item' | 'rating' | 'respondent';

export interface MessageTexts {
  /** "Line", "Record", "column", "field", and the place of the input as a whole. */
  readonly line: string;
  readonly record: string;
  readonly column: string;
  readonly field: string;
  readonly input: string;
  /**
   * What is wrong, after "<place>: ". `v` is the value as shown (quoted, escaped, shortened); `raw`
   * is the value as given (only to test for ''); `unit` tells cells from JSON fields.
   */
  readonly describe: (
    code: ParseErrorCode,
    v: string,
    raw: string,
    detail: ErrorDetail,
    unit: 'line' | 'record',
  ) => string;
}
