/** Every language's table of interface words, by BCP 47 tag (lower case). */
import type { Words } from '../words.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { uk } from './uk.ts';
import { zh } from './zh.ts';

export const tables: Readonly<Record<string, Words>> = { de, en, es, fr, it, ja, nl, pl, pt, ru, uk, zh };
