/**
 * The abbreviations after which pandoc's `smart` extension makes the space a no-break space, so
 * that `p. 12` or `Mr. Smith` is never split across lines: pandoc's `data/abbreviations`
 * (https://github.com/jgm/pandoc/blob/main/data/abbreviations), matched as pandoc matches them,
 * as a whole word (letters, digits and single dots) followed by one space.
 */
const list = [
  'aet.', 'aetat.', 'al.', 'Apr.', 'Aug.', 'bk.', 'Bros.', 'c.', 'Capt.', 'cf.', 'ch.', 'chap.', 'chs.',
  'Co.', 'col.', 'Corp.', 'cp.', 'd.', 'Dec.', 'Dr.', 'e.g.', 'ed.', 'eds.', 'esp.', 'f.', 'fasc.', 'Feb.',
  'ff.', 'fig.', 'fl.', 'fol.', 'fols.', 'Fr.', 'Gen.', 'Gov.', 'Hon.', 'i.e.', 'ill.', 'Inc.', 'incl.',
  'Jan.', 'Jr.', 'Jul.', 'Jun.', 'Ltd.', 'M.A.', 'M.D.', 'Mar.', 'Mr.', 'Mrs.', 'Ms.', 'n.', 'n.b.', 'nn.',
  'No.', 'Nov.', 'Oct.', 'p.', 'Ph.D.', 'pp.', 'Pres.', 'Prof.', 'pt.', 'q.v.', 'Rep.', 'Rev.', 's.v.',
  's.vv.', 'saec.', 'sec.', 'Sen.', 'Sep.', 'Sept.', 'Sgt.', 'Sr.', 'St.', 'univ.', 'viz.', 'vol.', 'vs.',
];

const escaped = list.map((word) => word.replace(/\./g, '\\.')).join('|');

/** An abbreviation of the list standing as a word (no letter, digit or dot before it) and followed by a space. */
export const abbreviations = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${escaped})(?= )`, 'gu');
