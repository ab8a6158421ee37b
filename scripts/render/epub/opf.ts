/**
 * The package document (EPUB 3.3 §5, https://www.w3.org/TR/epub-33/#sec-package-doc) and the OCF
 * `container.xml` that points at it, built as xast trees.
 */
import { x } from 'xastscript';
import type { Element } from 'xast';
import { toXml } from 'xast-util-to-xml';
import type { AccessibilityMetadata } from './accessibility.ts';
import type { EpubMetadata } from './metadata.ts';

export const packageDirectory = 'OEBPS';
export const packageFile = `${packageDirectory}/content.opf`;

export interface ManifestItem {
  id: string;
  /** Relative to the package document. */
  href: string;
  mediaType: string;
  /** Manifest properties: `nav`, `cover-image`, `svg`, `scripted`… (EPUB 3.3 §5.6.2.3). */
  properties?: string[];
}

export interface SpineItem {
  idref: string;
  linear?: boolean;
}

export interface PackageInput {
  metadata: EpubMetadata;
  accessibility: AccessibilityMetadata;
  manifest: readonly ManifestItem[];
  spine: readonly SpineItem[];
}

const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function packageDocument({ metadata, accessibility, manifest, spine }: PackageInput): string {
  const meta = (property: string, value: string, attributes: Record<string, string> = {}) => x('meta', { property, ...attributes }, value);
  const coverItem = manifest.find((item) => item.properties?.includes('cover-image'));
  const fields: Element[] = [
    x('dc:identifier', { id: 'pub-id' }, metadata.identifier),
    ...metadata.otherIdentifiers.map((identifier) => x('dc:identifier', identifier)),
    x('dc:title', { id: 'title' }, metadata.title),
    meta('title-type', 'main', { refines: '#title' }),
    ...(metadata.subtitle ? [x('dc:title', { id: 'subtitle' }, metadata.subtitle), meta('title-type', 'subtitle', { refines: '#subtitle' })] : []),
    ...metadata.creators.flatMap((creator, index) => [
      x('dc:creator', { id: `creator-${index + 1}` }, creator),
      meta('role', 'aut', { refines: `#creator-${index + 1}`, scheme: 'marc:relators' }),
      meta('display-seq', String(index + 1), { refines: `#creator-${index + 1}` }),
    ]),
    x('dc:language', metadata.language),
    ...(metadata.date ? [x('dc:date', metadata.date)] : []),
    ...(metadata.description ? [x('dc:description', metadata.description)] : []),
    ...(metadata.rights ? [x('dc:rights', metadata.rights)] : []),
    ...(metadata.publisher ? [x('dc:publisher', metadata.publisher)] : []),
    meta('dcterms:modified', metadata.modified),
    ...accessibility.accessModes.map((mode) => meta('schema:accessMode', mode)),
    ...accessibility.accessModesSufficient.map((modes) => meta('schema:accessModeSufficient', modes)),
    ...accessibility.features.map((feature) => meta('schema:accessibilityFeature', feature)),
    ...accessibility.hazards.map((hazard) => meta('schema:accessibilityHazard', hazard)),
    meta('schema:accessibilitySummary', accessibility.summary),
    // A conformance claim only with the evaluation behind it (accessibility.ts says why).
    ...(accessibility.conformsTo ? [meta('dcterms:conformsTo', accessibility.conformsTo)] : []),
    ...(accessibility.conformsTo && accessibility.certifiedBy ? [meta('a11y:certifiedBy', accessibility.certifiedBy)] : []),
    // EPUB 2's cover pointer: Kindle's converter and older Kobo firmware still look for it.
    ...(coverItem ? [x('meta', { name: 'cover', content: coverItem.id })] : []),
  ];
  const opf = x('package', { xmlns: 'http://www.idpf.org/2007/opf', version: '3.0', 'unique-identifier': 'pub-id', 'xml:lang': metadata.language }, [
    x('metadata', { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, fields),
    x(
      'manifest',
      manifest.map((item) =>
        x('item', { id: item.id, href: item.href, 'media-type': item.mediaType, ...(item.properties?.length ? { properties: item.properties.join(' ') } : {}) }),
      ),
    ),
    x(
      'spine',
      spine.map((item) => x('itemref', { idref: item.idref, ...(item.linear === false ? { linear: 'no' } : {}) })),
    ),
  ]);
  return declaration + toXml(opf, { closeEmptyElements: true, tightClose: true }) + '\n';
}

export function containerXml(): string {
  const container = x('container', { version: '1.0', xmlns: 'urn:oasis:names:tc:opendocument:xmlns:container' }, [
    x('rootfiles', [x('rootfile', { 'full-path': packageFile, 'media-type': 'application/oebps-package+xml' })]),
  ]);
  return declaration + toXml(container, { closeEmptyElements: true, tightClose: true }) + '\n';
}
