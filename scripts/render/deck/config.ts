/**
 * reveal.js's configuration for the lecture deck, as one typed object. Every option we set is
 * listed with the values reveal.js allows; the rest keep reveal.js's defaults.
 * https://revealjs.com/config/
 */
import type { RevealConfig } from 'reveal.js';

/** The slide size the deck is designed (and tested) for: a 16:9 projector. */
export const slideSize = { width: 1280, height: 720 } as const;

export const revealConfig = {
  // Logical slide size in px; reveal.js scales it to the window. https://revealjs.com/presentation-size/
  width: slideSize.width,
  height: slideSize.height,
  // Space around the slide, as a fraction of its size (number ≥ 0). Kept small so that 30 px text
  // stays ≥ 28 px on a 1280×720 screen.
  margin: 0.04,
  // Bounds on the scale reveal.js applies (numbers > 0): it may grow on a big screen, and shrink as
  // far as the window needs (reveal.js's own floor, 0.2). A floor of 0.5 cut off both sides of the
  // slide wherever it had to shrink further: in the speaker view's 'Upcoming' preview (about
  // 550 px wide, so a scale of about 0.42) and in a phone's window.
  minScale: 0.2,
  maxScale: 2,
  // Vertical centring of every slide (boolean). Off: content slides start at the top, like a page;
  // title, chapter and glance slides opt in with the `center` class.
  center: false,
  // Navigation arrows: true | false | 'speaker' | 'speaker-only'.
  controls: true,
  // The progress bar at the bottom (boolean).
  progress: true,
  // Slide number: false | true | 'h.v' | 'h/v' | 'c' | 'c/t' (flattened current/total, read aloud
  // as "slide 7 of 23" in a lecture) | a function.
  slideNumber: 'c/t',
  // Where the number shows: 'all' | 'print' | 'speaker'.
  showSlideNumber: 'all',
  // Write the slide to the URL hash (boolean), so a reload stays on the slide and `#/id` links work.
  hash: true,
  // Push every slide to the browser history (boolean); off, so Back leaves the deck.
  history: false,
  // 'default' | 'linear' | 'grid'. Chapters are vertical stacks (the overview shows one column per
  // chapter); 'linear' makes → and ← (and a presenter's clicker) walk every slide in order, down
  // each stack, so no section is skipped. https://revealjs.com/vertical-slides/#navigation-mode
  navigationMode: 'linear',
  // 'none' | 'fade' | 'slide' | 'convex' | 'concave' | 'zoom'; a history lecture wants calm.
  transition: 'fade',
  // 'default' | 'fast' | 'slow'.
  transitionSpeed: 'fast',
  // Speaker notes inside the slides (boolean | 'inline' | 'separate-page'): never, also not in the PDF.
  showNotes: false,
  // PDF export (?print-pdf): at most one page per slide (number ≥ 1), and no extra page per
  // fragment (boolean; we use no fragments). https://revealjs.com/pdf-export/
  pdfMaxPagesPerSlide: 1,
  pdfSeparateFragments: false,
  // The keyboard help overlay on '?' (boolean).
  help: true,
} as const satisfies RevealConfig;
