/**
 * Front-matter keys that belong to other tools: pandoc's LaTeX, HTML and reveal.js templates
 * (https://pandoc.org/MANUAL.html#variables), pandoc's citeproc options, pandoc-crossref, Quarto
 * (https://quarto.org/docs/reference/) and R Markdown. A manuscript written for them carries these
 * keys; here they are warned about once each (`front-matter-ignored`), never an error and never
 * taken for typos. A key the book format also uses (`title`, `lang`, `csl`…) is not listed.
 */

const owners: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'belongs to LaTeX (pandoc’s PDF output)',
    [
      'documentclass', 'classoption', 'geometry', 'papersize', 'fontsize', 'fontfamily', 'fontfamilyoptions', 'fontenc',
      'mainfont', 'sansfont', 'monofont', 'mathfont', 'CJKmainfont', 'CJKoptions', 'mainfontoptions', 'sansfontoptions',
      'monofontoptions', 'mathfontoptions', 'linestretch', 'indent', 'pagestyle', 'secnumdepth', 'header-includes',
      'include-before', 'include-after', 'mainlang', 'otherlangs', 'babel-lang', 'babel-otherlangs', 'babel-newcommands',
      'polyglossia-lang', 'polyglossia-otherlangs', 'colorlinks', 'linkcolor', 'filecolor', 'citecolor', 'urlcolor',
      'toccolor', 'links-as-notes', 'lof', 'lot', 'thanks', 'biblio-style', 'biblio-title', 'biblatexoptions',
      'natbiboptions', 'hyperrefoptions', 'microtypeoptions', 'block-headings', 'csquotes', 'beamerarticle', 'handout',
      'pdfa', 'pdfaiccprofile', 'pdfaintent', 'margin-left', 'margin-right', 'margin-top', 'margin-bottom',
      'beameroption', 'aspectratio', 'navigation', 'section-titles', 'colortheme', 'fonttheme', 'innertheme',
      'outertheme', 'themeoptions', 'logo', 'titlegraphic', 'extension', 'pdf-engine',
    ],
  ],
  [
    'belongs to pandoc’s HTML template',
    [
      'pagetitle', 'title-prefix', 'description-meta', 'author-meta', 'date-meta', 'document-css', 'maxwidth',
      'backgroundcolor', 'fontcolor', 'monobackgroundcolor', 'include-in-header', 'highlight-style', 'html-math-method',
      'abstract-title', 'dir', 'section-divs', 'number-offset',
    ],
  ],
  [
    'belongs to reveal.js as pandoc and Quarto drive it (the deck’s options are `deck:`)',
    ['revealjs-url', 'theme', 'transition', 'slideNumber', 'slide-number', 'controls', 'progress', 'history', 'center', 'navigationMode', 'width', 'height', 'margin', 'background-transition', 'incremental', 'slide-level', 'parallaxBackgroundImage', 'parallaxBackgroundSize', 'parallaxBackgroundHorizontal', 'parallaxBackgroundVertical', 'background-image'],
  ],
  [
    'is a pandoc citeproc option (Triptych always links citations and ends the book with its bibliography)',
    ['link-citations', 'link-bibliography', 'reference-section-title', 'suppress-bibliography', 'notes-after-punctuation', 'citation-abbreviations', 'lang-citation'],
  ],
  [
    'belongs to pandoc-crossref',
    ['linkReferences', 'nameInLink', 'figPrefix', 'tblPrefix', 'eqnPrefix', 'secPrefix', 'lstPrefix', 'figureTitle', 'tableTitle', 'listingTitle', 'cref', 'autoSectionLabels', 'numberSections', 'sectionsDepth'],
  ],
  [
    'is a Quarto option',
    [
      'format', 'execute', 'jupyter', 'engine', 'knitr', 'editor', 'filters', 'crossref', 'citation', 'google-scholar',
      'number-sections', 'number-depth', 'toc', 'toc-depth', 'toc-location', 'toc-expand', 'self-contained',
      'embed-resources', 'page-layout', 'title-block-banner', 'title-block-style', 'reference-location',
      'citation-location', 'cite-method', 'draft', 'freeze', 'project', 'website', 'book', 'lightbox', 'comments',
      'date-format', 'date-modified', 'categories', 'image', 'bibliographystyle', 'smooth-scroll', 'anchor-sections',
      'callout-appearance', 'callout-icon', 'mermaid', 'echo', 'warning', 'error', 'include', 'keep-md', 'keep-tex',
      'grid', 'funding', 'appendix-style', 'license-url',
    ],
  ],
  ['is an R Markdown option', ['output', 'params', 'runtime', 'knit', 'always_allow_html', 'vignette', 'site', 'editor_options', 'bookdown']],
  [
    'is pandoc EPUB metadata Triptych does not write',
    ['creator', 'contributor', 'type', 'source', 'relation', 'coverage', 'belongs-to-collection', 'group-position', 'page-progression-direction', 'ibooks', 'epub-chapter-level', 'accessModes', 'accessModeSufficient', 'accessibilityFeatures', 'accessibilityHazards', 'accessibilitySummary'],
  ],
];

const byKey = new Map(owners.flatMap(([owner, keys]) => keys.map((key) => [key, owner] as const)));

/** Quarto's option families: `fig-cap-location`, `code-fold`, `html-math-method`… */
const quartoFamilies = /^(fig|tbl|lst|code|cap|html|pdf|epub|docx|revealjs|callout|title-block|reference|citation|link|crossref)-/;

/** Whose key `key` is, as the end of a sentence ("`mainfont` is for LaTeX…"), or undefined for none. */
export function otherToolOwner(key: string): string | undefined {
  return byKey.get(key) ?? (quartoFamilies.test(key) ? 'is a Quarto option' : undefined);
}
