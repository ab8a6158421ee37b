/** Every language's table of interface words, by BCP 47 tag (lower case). */
import type { Words } from '../words.ts';
import { en } from './en.ts';

export const tables: Readonly<Record<string, Words>> = { en };
