import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html } from 'lit';

/**
 * Server-rendered bantin under a Content-Security-Policy without 'unsafe-inline' for
 * styles, in an iframe whose policy is set by a `<meta>`. Without the published
 * hashes the browser refuses the shadow roots' `<style>`s, and the elements take
 * their styles on hydration; with the hashes they are styled at first paint.
 */

async function serverRender(): Promise<string> {
  return executeServerCommand<string, unknown>('lit-ssr-render', {
    template: html`<bantin-font-scaler></bantin-font-scaler>`,
    modules: ['/src/bantin.ts'],
  });
}

/** `'sha256-…'` of each server-rendered `<style>`, as scripts/ssr/style-hashes.mjs publishes them. */
async function styleHashes(markup: string): Promise<string[]> {
  const texts = [...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
  return Promise.all(
    texts.map(async (text) => {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
      return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
    }),
  );
}

async function framed(policy: string, body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 400px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="vi"><head>
    <meta http-equiv="Content-Security-Policy" content="${policy}">
    </head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

function increaseButton(frame: HTMLIFrameElement): HTMLButtonElement {
  const scaler = frame.contentDocument!.querySelector('bantin-font-scaler')!;
  return scaler.shadowRoot!.querySelector<HTMLButtonElement>('[part~="increase"]')!;
}

async function hydrate(frame: HTMLIFrameElement): Promise<void> {
  const doc = frame.contentDocument!;
  for (const element of doc.querySelectorAll('[defer-hydration]')) element.removeAttribute('defer-hydration');
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/test/ssr/hydrate-entry.ts';
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
  doc.head.append(script);
  await loaded;
  await doc.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('bantin-font-scaler')!
    .updateComplete;
}

describe("server output under style-src 'self' (no 'unsafe-inline')", () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('is refused before hydration, then styled by the stylesheets adopted on hydration', async () => {
    frame = await framed("style-src 'self'", await serverRender());
    const before = increaseButton(frame).getBoundingClientRect().height;
    expect(before, 'height of the unstyled button: the inline <style> was refused').to.be.below(44);
    await hydrate(frame);
    await waitUntil(() => increaseButton(frame!).getBoundingClientRect().height >= 44, 'styles adopted');
    increaseButton(frame).click();
    const scaler = frame.contentDocument!.querySelector<HTMLElement & { value: number }>(
      'bantin-font-scaler',
    )!;
    expect(scaler.value, 'the hydrated button works').to.equal(1.1);
  });

  it('is styled at first paint when the policy lists the published style hashes', async () => {
    const markup = await serverRender();
    const hashes = await styleHashes(markup);
    expect(hashes).to.have.length.greaterThan(0);
    frame = await framed(`style-src 'self' ${hashes.join(' ')}`, markup);
    expect(increaseButton(frame).getBoundingClientRect().height, 'no script has run').to.be.at.least(44);
  });
});
