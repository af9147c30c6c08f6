/**
 * The `content` route of `<bantin-article>`: a CMS's HTML string becomes safe, clean
 * article nodes. Loaded on first use only, so pages that slot their article pay
 * nothing for it.
 */
import { resolveLocale } from '../../internal/resolve-lang.js';
import { stringsLoading, stringsOf } from '../../internal/strings/index.js';
import { adoptContentStyles } from './content-styles.js';
import { droppedContent } from './dropped.js';
import { TrustedTypesBlockedError } from './errors.js';
import { buildFigures } from './figure-patterns.js';
import { WRITTEN_MARKERS } from './lists.js';
import { enforceAllowlist, sanitize } from './sanitize.js';
import { wrapTables } from './tables.js';
import { textFallback } from './text-fallback.js';
import { withoutInlineAttributes } from './tokenizer.js';
import { cleanWordPaste } from './word-cleanup.js';

/**
 * A detached container (in an inert document) whose children are the article body.
 * `report` hears why the markup had to be dropped, when it had to.
 */
async function cmsContent(
  html: string,
  tableName: string,
  report: (problem: string) => void,
): Promise<Element> {
  let holder: Element;
  try {
    // No browser parser may meet a style or on… attribute: each would raise a CSP report.
    holder = await sanitize(withoutInlineAttributes(html));
  } catch (error) {
    const reason =
      error instanceof TrustedTypesBlockedError
        ? 'this page requires Trusted Types and its CSP does not allow the "bantin" policy (add bantin to trusted-types)'
        : `the sanitizer could not run (${String(error)})`;
    report(`${reason}; showing the article's text without its markup.`);
    return textFallback(html, document.implementation.createHTMLDocument(''));
  }
  // The cleanup reads what only the sanitized tree still has (comments, style values);
  // the allowlist then removes those, and figures and tables add their own markup.
  cleanWordPaste(holder);
  enforceAllowlist(holder);
  // A list that shows no markers of its own is still a list (WebKit drops the role of
  // lists without markers unless it is written).
  for (const list of holder.querySelectorAll(`:is(ol, ul).${WRITTEN_MARKERS}`))
    list.setAttribute('role', 'list');
  buildFigures(holder);
  wrapTables(holder, tableName);
  return holder;
}

/**
 * Puts `html` in place of `article`'s default-slot body, where the old body stood,
 * unless `current()` says a later `content` has taken over meanwhile. Slotted title,
 * lead, meta and byline stay.
 */
export async function applyContent(
  article: Element,
  html: string,
  report: (problem: string) => void,
  current: () => boolean,
): Promise<void> {
  const locale = resolveLocale(article);
  // The table regions' names are in the article's language, which may still be loading.
  await stringsLoading(locale, 'bantin-article');
  const holder = await cmsContent(html, stringsOf(locale).table, report);
  if (!current()) return;
  const dropped = droppedContent(html);
  if (dropped) report(dropped);
  if (!holder.textContent!.trim() && !holder.querySelector('img, video, audio, table')) {
    report('nothing readable is left after sanitizing; the article is unchanged.');
    return;
  }
  const body = [...article.childNodes].filter(
    (node) => node.nodeType === Node.TEXT_NODE || (node instanceof Element && !node.getAttribute('slot')),
  );
  const before =
    body.find((node) => node instanceof Element) ?? article.querySelector(':scope > [slot="byline"]');
  if (holder.querySelector(`table, .${WRITTEN_MARKERS}`)) adoptContentStyles(article);
  const fragment = document.createDocumentFragment();
  fragment.append(...holder.childNodes);
  article.insertBefore(fragment, before);
  for (const node of body) node.remove();
}
