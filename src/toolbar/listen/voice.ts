/**
 * What the toolbar needs before it offers "Nghe đọc bài": the page's speech engine,
 * the article to read and a voice for the article's language. Kept apart from the
 * reading engine so that the toolbar loads that only where a voice exists.
 */
import { resolveFor } from '../../internal/resolve-for.js';
import { nearestLang } from '../../internal/resolve-lang.js';
import { sharedRegistry } from '../../internal/shared-registry.js';

/** The browser's speech engine, or nothing where there is none (or no utterances). */
export function speech(): SpeechSynthesis | undefined {
  return globalThis.SpeechSynthesisUtterance ? globalThis.speechSynthesis || undefined : undefined;
}

/**
 * The element to read: the one the toolbar's `for` names (in its own tree or an
 * enclosing one, as the scaler finds it), else the first
 * `<bantin-article>` after the toolbar, else the first on the page.
 */
export function listenTarget(toolbar: Element, id: string): HTMLElement | undefined {
  const named = resolveFor(toolbar, id);
  if (named) return named;
  const articles = [...sharedRegistry().articles].filter((article) => article.isConnected);
  return (
    articles.find((article) => toolbar.compareDocumentPosition(article) & Node.DOCUMENT_POSITION_FOLLOWING) ??
    articles[0]
  );
}

/**
 * The language the element's text is in (the same `lang` every element resolves, through
 * shadow roots); Vietnamese where the page does not say. The tag as written, not only the
 * languages bantin has strings for: a voice may speak a language the toolbar's labels do not.
 */
export function langOf(element: Element): string {
  return nearestLang(element) || 'vi';
}

const tag = (lang: string) => lang.toLowerCase().replace(/_/g, '-');

/**
 * The best voice for `lang`: the same tag, else a plain voice of the language
 * (`vi`, `vi-VN`) before a dialect or variant (`vi-VN-x-south`); a voice on the device
 * before one that sends the text to a server; the shortest name, which on espeak
 * through speech-dispatcher is the unmodified voice.
 */
export function findVoice(lang: string, engine = speech()): SpeechSynthesisVoice | undefined {
  const want = tag(lang);
  const primary = want.split('-')[0]!;
  let best: SpeechSynthesisVoice | undefined;
  let bestScore = 0;
  for (const voice of engine?.getVoices() ?? []) {
    const have = tag(voice.lang);
    if (have.split('-')[0] !== primary) continue;
    const score =
      (have === want ? 8 : have.length <= 5 ? 4 : 2) +
      (voice.localService ? 1 : 0) +
      (voice.default ? 0.5 : 0);
    if (score > bestScore || (score === bestScore && voice.name.length < best!.name.length)) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}
