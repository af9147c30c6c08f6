import { loadChunk } from './load-chunk.js';
import { describe, warn } from './warn.js';

type Texts = typeof import('./warnings.js').texts;
/** A kind of bad input, named after its text in warnings.ts. */
export type Problem = keyof Texts;

let texts: Texts | undefined;
let loading: Promise<unknown> | undefined;
let settled = false;
const waiting: (() => void)[] = [];

/**
 * Loads the warnings' texts (once); settles when they are here, or known to be missing.
 * Whatever was reported meanwhile is then said, in order.
 */
export function warningsReady(tag = 'bantin'): Promise<unknown> {
  return (loading ??= loadChunk(tag, import('./warnings.js')).then((module) => {
    texts = module?.texts;
    settled = true;
    for (const say of waiting.splice(0)) say();
  }));
}

/**
 * Warns about bad input, like `warn`, with the text of `problem` (warnings.ts). The texts
 * load the first time a page needs one, so the first warning comes a moment late; a
 * page that gives no bad input never loads them. Without `chunks/` the warning still
 * names the element, the attribute, the problem and the values.
 */
export function warnAbout<P extends Problem>(
  tag: string,
  attribute: string,
  problem: P,
  ...details: Parameters<Texts[P]>
): void {
  const say = () =>
    warn(
      tag,
      attribute,
      texts
        ? (texts[problem] as (...values: unknown[]) => string)(...details)
        : `${problem} ${details.map(describe).join(', ')}`,
    );
  if (settled) return say();
  waiting.push(say);
  void warningsReady(tag);
}
