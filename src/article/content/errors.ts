/**
 * The page requires Trusted Types and its CSP does not allow bantin's policy, so the
 * fallback sanitizer could not parse the article. Its own module: the sanitizer's chunk
 * throws it and content.ts recognises it (instanceof), without either importing the other.
 */
export class TrustedTypesBlockedError extends Error {
  override name = 'TrustedTypesBlockedError';
}
