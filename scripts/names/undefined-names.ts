/**
 * `name-undefined`: an id that refers to nothing — an event's `people` or `place`, a glance
 * commander's `person`, or the chapter of a `::map{chapter=…}`. Reported where the id is written.
 */
import { visit } from 'unist-util-visit';
import { report } from '../diagnostics/report.ts';
import type { Manuscript } from '../manuscript/types.ts';
import { isReused } from '../checks/check-memo.ts';

export function checkUndefinedNames(manuscript: Manuscript): void {
  const { book, bookFile, bookMatter } = manuscript;
  const people = new Set(book.people.map((person) => person.id));
  const places = new Set(book.places.map((place) => place.id));
  const missing = (what: string, id: string, list: string, path: Array<string | number>) =>
    report(
      bookFile,
      `${what} \`${id}\`, which is not in \`${list}\`: the timeline and figures cannot show it; check the id’s spelling or add it to \`${list}\``,
      bookMatter.locate(path),
      'name-undefined',
    );

  book.events.forEach((event, i) => {
    event.people.forEach((id, j) => {
      if (!people.has(id)) missing(`The event \`${event.id}\` names the person`, id, 'people', ['events', i, 'people', j]);
    });
    if (event.place !== undefined && !places.has(event.place)) missing(`The event \`${event.id}\` takes place at`, event.place, 'places', ['events', i, 'place']);
  });
  (book.glance?.belligerents ?? []).forEach((side, b) =>
    side.commanders.forEach((commander, c) => {
      if (!people.has(commander.person)) missing(`The glance lists the commander`, commander.person, 'people', ['glance', 'belligerents', b, 'commanders', c, 'person']);
    }),
  );

  const chapters = new Set(manuscript.chapters.map((chapter) => chapter.id));
  for (const chapter of manuscript.chapters) {
    if (isReused(chapter)) continue;
    visit(chapter.tree, 'leafDirective', (node) => {
      const id = node.name === 'map' ? node.attributes?.['chapter'] : undefined;
      if (id === undefined || id === null || chapters.has(id)) return;
      report(
        chapter.file,
        `The map asks for the chapter \`${id}\`, which is not a chapter of this book: it would draw no places; use one of ${[...chapters].map((c) => `\`${c}\``).join(', ')}`,
        node.position,
        'name-undefined',
      );
    });
  }
}
