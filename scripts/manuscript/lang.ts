/**
 * BCP 47 validity through `Intl.getCanonicalLocales`, which implements the RFC 5646 grammar and
 * throws a RangeError on a malformed tag. RFC 5646 also allows 5–8 letter primary subtags, but
 * the registry holds none, so `english` is refused here as an author's mistake.
 */
export function isValidLang(tag: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical !== undefined && /^[a-z]{2,3}(?:-|$)/i.test(canonical);
  } catch {
    return false;
  }
}
