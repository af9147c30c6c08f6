import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { BantinFigure, BantinFontScaler, BantinToolbar } from '../../src/index.js';
import { FigureHarness } from './figure.js';
import { FontScalerHarness } from './font-scaler.js';
import { ToolbarHarness } from './toolbar.js';

/*
 * The fixtures the element tests share: mount markup, find the element, wait until it
 * (and what it holds) has rendered, and hand back its harness. One place, so a test
 * file does not grow its own way of creating and waiting for an element.
 */

async function mounted<T extends HTMLElement>(markup: string | TemplateResult, tag: string): Promise<T> {
  const root = await fixture<HTMLElement>(typeof markup === 'string' ? `<div>${markup}</div>` : markup);
  const element = (root.localName === tag ? root : root.querySelector(tag)) as T | null;
  if (!element) throw new Error(`the fixture holds no <${tag}>`);
  return element;
}

/** A `<bantin-toolbar>` from `markup` (the toolbar, or something that holds one), rendered. */
export async function mountToolbar(markup: string | TemplateResult): Promise<ToolbarHarness> {
  const ui = new ToolbarHarness(await mounted<BantinToolbar>(markup, 'bantin-toolbar'));
  await ui.rendered();
  return ui;
}

/** A `<bantin-figure>` from `markup`, rendered. */
export async function mountFigure(markup: string | TemplateResult): Promise<FigureHarness> {
  const figure = await mounted<BantinFigure>(markup, 'bantin-figure');
  await figure.updateComplete;
  return new FigureHarness(figure);
}

/** A `<bantin-font-scaler>` from `markup`, rendered. */
export async function mountScaler(markup: string | TemplateResult): Promise<FontScalerHarness> {
  const scaler = await mounted<BantinFontScaler>(markup, 'bantin-font-scaler');
  await scaler.updateComplete;
  return new FontScalerHarness(scaler);
}

/** Runs `body` with `navigator` members replaced (what the browser offers varies by device). */
export async function withNavigator(
  stubs: Record<string, unknown>,
  body: () => Promise<void>,
): Promise<void> {
  for (const [name, value] of Object.entries(stubs))
    Object.defineProperty(navigator, name, { configurable: true, value });
  try {
    await body();
  } finally {
    // The own properties shadowed the prototype's; deleting them brings the real ones back.
    for (const name of Object.keys(stubs)) delete (navigator as unknown as Record<string, unknown>)[name];
  }
}
