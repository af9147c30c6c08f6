/**
 * What a reader of the CMS page would have seen that the article leaves out on purpose
 * (embedded players, plug-ins, form controls, drawings), counted on the source string
 * so that one warning can name it all, e.g. "2 <iframe> (www.youtube.com), 1 <input>".
 */
import { tokenize } from './tokenizer.js';

/** Visible elements the sanitizers remove with their content. */
const VISIBLE_DROPPED = new Set([
  'iframe',
  'frame',
  'object',
  'embed',
  'applet',
  'oembed',
  'input',
  'button',
  'select',
  'textarea',
  'canvas',
  'svg',
  'math',
]);
/** Dropped elements whose inner markup belongs to them (an <embed> inside an <object>). */
const CONTAINERS = new Set(['object', 'svg', 'math', 'select', 'button']);

/** The sentence for the warning, or `undefined` when nothing visible is dropped. */
export function droppedContent(html: string): string | undefined {
  const counts = new Map<string, { count: number; hosts: Set<string> }>();
  let inside: string | undefined;
  let depth = 0;
  tokenize(html, {
    startTag(name, attributes) {
      if (inside) {
        if (name === inside) depth++;
        return;
      }
      if (!VISIBLE_DROPPED.has(name)) return;
      const type = attributes.find((attribute) => attribute.name === 'type');
      // A hidden field was never seen.
      if (name === 'input' && type && /=\s*["']?hidden/i.test(html.slice(type.nameEnd, type.end))) return;
      const entry = counts.get(name) ?? { count: 0, hosts: new Set<string>() };
      entry.count++;
      const address = attributes.find(({ name: attribute }) => /^(?:src|data|url)$/.test(attribute));
      if (address) {
        const value = html
          .slice(address.nameEnd, address.end)
          .replace(/^\s*=\s*["']?|["']$/g, '')
          .trim();
        // Only another site's name helps find the embed; a path on the portal does not.
        const absolute = /^(?:[a-z][a-z\d+.-]*:)?\/\//i.exec(value);
        try {
          if (absolute) entry.hosts.add(new URL(value, document.baseURI).hostname);
        } catch {
          // an address the reader could not have loaded either
        }
      }
      counts.set(name, entry);
      if (CONTAINERS.has(name)) {
        inside = name;
        depth = 1;
      }
    },
    endTag(name) {
      if (inside === name && --depth === 0) inside = undefined;
    },
  });
  if (!counts.size) return undefined;
  const parts = [...counts].map(([name, { count, hosts }]) => {
    const where = [...hosts].filter(Boolean).join(', ');
    return `${count} <${name}>${where ? ` (${where})` : ''}`;
  });
  const total = [...counts.values()].reduce((sum, { count }) => sum + count, 0);
  return (
    `left out ${total} element${total === 1 ? '' : 's'} that an article cannot show safely: ` +
    `${parts.join(', ')}. Link to such content instead.`
  );
}
