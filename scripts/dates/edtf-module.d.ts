/**
 * Types for the parts of `edtf` (4.x, untyped) we use: `parse()`, which returns the raw values the
 * grammar read, without converting them through JavaScript `Date` (PITFALLS: `edtf()` turns the
 * Julian 1700-02-29 into 1 March). Months in `values` are 0-based, as in the library.
 */
declare module 'edtf' {
  /** A qualifier: `true`/`false` at level 1, a per-digit bitmask (YYYYMMDD, bit 0 = first digit) at level 2. */
  type Qualifier = boolean | number;

  export interface ParsedPoint {
    type: 'Date' | 'Year' | 'Season' | 'Decade' | 'Century';
    level: number;
    values: number[];
    approximate?: Qualifier;
    uncertain?: Qualifier;
    unspecified?: number;
  }

  export interface ParsedInterval {
    type: 'Interval';
    level: number;
    /** `Infinity` for an open end (`..`), `null` for an unknown (empty) one. */
    values: [ParsedPoint | null | number, ParsedPoint | null | number];
  }

  export interface ParsedSet {
    type: 'Set' | 'List';
    level: number;
    /** A member, or a `[first..last]` range given as a two-element array. */
    values: Array<ParsedPoint | ParsedPoint[]>;
  }

  export type Parsed = ParsedPoint | ParsedInterval | ParsedSet;

  export function parse(input: string, constraints?: { level?: number; types?: string[] }): Parsed;
}
