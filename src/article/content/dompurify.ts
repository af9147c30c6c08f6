/**
 * The fallback sanitizer for browsers without `Element.setHTML` (Safari, older Chromium
 * and Firefox). This module is its own chunk: DOMPurify's 20 KB reach a reader only
 * when an article is set through `content` in such a browser.
 */
import DOMPurify, { type Config } from 'dompurify';
import { TrustedTypesBlockedError } from './errors.js';
import { STYLE_ATTRIBUTE } from './tokenizer.js';

/** The Trusted Types policy name to allow in the page's CSP (`trusted-types … bantin`). */
export const POLICY_NAME = 'bantin';

type TrustedTypePolicy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;

let policy: TrustedTypePolicy | null | undefined;

/**
 * DOMPurify must parse the string (DOMParser), which a page that requires Trusted Types
 * allows only through a policy. This one stays inside this module and is handed to
 * DOMPurify alone: nothing else can turn a string into TrustedHTML with it.
 */
function trustedTypesPolicy(): TrustedTypePolicy | null {
  if (policy === undefined) {
    const factory = (
      globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): TrustedTypePolicy } }
    ).trustedTypes;
    try {
      policy =
        factory?.createPolicy(POLICY_NAME, {
          createHTML: (html: string) => html,
          createScriptURL: () => '',
        }) ?? null;
    } catch {
      // The page's CSP does not list the name; parsing will be refused if it also
      // requires Trusted Types, which purify() reports.
      policy = null;
    }
  }
  return policy;
}

/**
 * Sanitized nodes, owned by `inert`, ready for the shared allowlist; `dropped` elements
 * go with all they hold (the allowlist's list, handed in so this chunk imports nothing
 * from the module that loads it).
 */
export function purify(html: string, inert: Document, dropped: string[]): DocumentFragment {
  const fragment = DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: dropped,
    ADD_FORBID_CONTENTS: dropped,
    // Word's paragraph-end marks, and comments (Word's list markers sit between
    // `[if !supportLists]` and `[endif]`); the cleanup that follows removes both.
    ADD_TAGS: ['o:p', '#comment'],
    ADD_ATTR: [STYLE_ATTRIBUTE, 'aria-level', 'bgcolor'],
    RETURN_DOM_FRAGMENT: true,
    TRUSTED_TYPES_POLICY: trustedTypesPolicy(),
  }) as DocumentFragment | null;
  if (!fragment?.hasChildNodes() && policy === null && 'trustedTypes' in globalThis && /[^\s<>]/.test(html)) {
    throw new TrustedTypesBlockedError();
  }
  return fragment ? inert.adoptNode(fragment) : inert.createDocumentFragment();
}
