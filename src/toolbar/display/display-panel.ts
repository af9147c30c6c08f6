/**
 * The display panel: the reader's colours, spacing and font as three groups of radio
 * buttons. Loaded by the toolbar the first time the reader opens it, with its styles.
 *
 * A disclosure (WAI-ARIA APG disclosure pattern), not a dialog: the page stays usable,
 * focus stays on the button that opened it, Tab goes on into the panel, and Escape (or
 * "Đóng") closes it and returns focus to the button. The radios keep their native
 * keyboard: arrows move and choose within a group.
 */
import { css, html, type TemplateResult } from 'lit';
import type { ReadingChoice, ReadingKey } from '../../internal/reading-choice.js';
import type { ReadingOwner } from '../../internal/reading-owner.js';
import { fill, type BantinStrings } from '../../internal/strings/index.js';
import type { BantinReadingChangeDetail } from '../toolbar.js';

export interface DisplayPanelOptions {
  strings: BantinStrings;
  choice: ReadingChoice;
  /** The reader picked `value` in the group `key`. */
  choose(key: ReadingKey, value: string): Promise<void>;
  close(): void;
}

/** Each group's legend and its choices' labels, in the order shown. */
export function displayGroups(strings: BantinStrings) {
  return [
    {
      key: 'theme',
      legend: strings.colours,
      options: [
        ['default', strings.themeDefault],
        ['dark', strings.themeDark],
        ['high-contrast', strings.themeHighContrast],
        ['sepia', strings.themeSepia],
      ],
    },
    {
      key: 'spacing',
      legend: strings.spacing,
      options: [
        ['default', strings.spacingDefault],
        ['wide', strings.spacingWide],
      ],
    },
    {
      key: 'font',
      legend: strings.font,
      options: [
        ['sans-serif', strings.fontSansSerif],
        ['serif', strings.fontSerif],
      ],
    },
  ] as const satisfies readonly { key: ReadingKey; legend: string; options: readonly [string, string][] }[];
}

/**
 * The reader picked `value` in `key`: asks the owner and, once it is in effect,
 * announces it ("Đã chọn nền tối": a theme is named by itself, a default by its group)
 * and fires `bantin-reading-change` on `host`.
 */
export async function chooseReading(
  owner: ReadingOwner,
  strings: BantinStrings,
  host: HTMLElement,
  locale: string,
  announce: (message: string) => void,
  key: ReadingKey,
  value: string,
): Promise<void> {
  const choice = await owner.choose({ [key]: value });
  const group = displayGroups(strings).find((entry) => entry.key === key)!;
  const label = group.options.find(([option]) => option === value)?.[1] ?? value;
  const phrase = key === 'theme' && value !== 'default' ? label : `${group.legend} ${label}`;
  announce(fill(strings.readingChosen, { choice: phrase.toLocaleLowerCase(locale) }));
  host.dispatchEvent(
    new CustomEvent<BantinReadingChangeDetail>('bantin-reading-change', {
      detail: { theme: choice.theme, spacing: choice.spacing, font: choice.font },
      bubbles: true,
      composed: true,
    }),
  );
}

/** Adopts the panel's styles into the toolbar's shadow root, constructed by its own document. */
export function adoptDisplayPanelStyles(root: ShadowRoot): void {
  const view = root.ownerDocument.defaultView;
  if (!view || !('adoptedStyleSheets' in root)) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(displayPanelStyles.cssText);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export function renderDisplayPanel(options: DisplayPanelOptions): TemplateResult {
  const { strings, choice } = options;
  return html`<div
    part="display-panel"
    id="display-panel"
    class="display-panel"
    role="group"
    aria-label=${strings.display}
  >
    ${displayGroups(strings).map(
      ({ key, legend, options: choices }) =>
        html`<fieldset part="display-group">
          <legend>${legend}</legend>
          ${choices.map(
            ([value, label]) =>
              html`<label class="choice"
                ><input
                  type="radio"
                  name=${key}
                  value=${value}
                  .checked=${choice[key] === value}
                  @change=${() => void options.choose(key, value)}
                /><span>${label}</span></label
              >`,
          )}
        </fieldset>`,
    )}
    <button type="button" part="button display-close" @click=${options.close}>${strings.close}</button>
  </div>`;
}

/** The panel's styles, adopted into the toolbar's shadow root when the panel loads. */
export const displayPanelStyles = css`
  .display-holder {
    display: contents;
  }
  .display-panel {
    position: absolute;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-end: 0;
    z-index: 3;
    box-sizing: border-box;
    inline-size: min(100%, 24rem);
    display: grid;
    gap: 0.75rem;
    padding: 0.75rem;
    font-size: 1rem;
    line-height: 1.5;
    color: var(--bantin-control-color, var(--bantin-color-text, light-dark(#1a1a1a, #f0f0f0)));
    background: var(--bantin-control-background, var(--bantin-color-surface, light-dark(#ffffff, #1e1e1e)));
    border: 2px solid currentColor;
    border-radius: var(--bantin-radius, 0.375rem);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.25);
  }
  fieldset {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 7.5rem), 1fr));
    gap: 0 0.5rem;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    font-weight: 700;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: var(--bantin-target-size, 2.75rem);
    cursor: pointer;
  }
  .choice input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--bantin-focus-color, light-dark(#0b57d0, #8ab4f8));
  }
  .choice input:focus-visible {
    outline: 3px solid var(--bantin-focus-color, light-dark(#0b57d0, #8ab4f8));
    outline-offset: 2px;
  }
  [part~='display-close'] {
    justify-self: end;
  }
  @supports not (color: light-dark(#000, #fff)) {
    .display-panel {
      color: var(--bantin-control-color, var(--bantin-color-text, #1a1a1a));
      background: var(--bantin-control-background, var(--bantin-color-surface, #ffffff));
    }
    .choice input,
    .choice input:focus-visible {
      accent-color: var(--bantin-focus-color, #0b57d0);
      outline-color: var(--bantin-focus-color, #0b57d0);
    }
  }
  @media (forced-colors: active) {
    .display-panel {
      color: CanvasText;
      background: Canvas;
      border-color: CanvasText;
    }
    .choice input:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .display-panel {
      display: none;
    }
  }
`;
