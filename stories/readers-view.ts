// The page around a story as a reader has it: a text size, a colour scheme, a language.
// Used by the toolbar globals (.storybook/preview.ts) and the "Reader's views" page.

/** 100 % to 200 %: the sizes WCAG 1.4.4 asks text to reach. */
export const TEXT_SIZES = ['1', '1.25', '1.5', '1.75', '2'] as const;

export type Scheme = 'light' | 'dark' | 'forced';

/**
 * Forced colours can only be switched on by the system (or DevTools' Rendering panel);
 * in a story they are emulated by giving every colour token the system colour the
 * browser would force (Canvas, CanvasText, ButtonText, Highlight…).
 */
const schemes: Record<Scheme, Record<string, string>> = {
  light: { 'color-scheme': 'light', background: '#ffffff', color: '#1a1a1a' },
  dark: { 'color-scheme': 'dark', background: '#121212', color: '#f0f0f0' },
  forced: {
    'color-scheme': 'dark',
    background: 'Canvas',
    color: 'CanvasText',
    'forced-color-adjust': 'none',
    '--bantin-color-text': 'CanvasText',
    '--bantin-color-text-muted': 'CanvasText',
    '--bantin-color-border': 'CanvasText',
    '--bantin-color-surface': 'ButtonFace',
    '--bantin-color-surface-hover': 'ButtonFace',
    '--bantin-control-color': 'ButtonText',
    '--bantin-control-color-disabled': 'GrayText',
    '--bantin-control-background': 'ButtonFace',
    '--bantin-control-background-hover': 'ButtonFace',
    '--bantin-control-border-color': 'ButtonText',
    '--bantin-focus-color': 'Highlight',
    '--bantin-toolbar-background': 'Canvas',
    '--bantin-toolbar-border-color': 'CanvasText',
    '--bantin-figure-caption-color': 'CanvasText',
    '--bantin-figure-placeholder': 'Canvas',
  },
};

/** Inline style for the page around a story in this view. */
export function readerView(scheme: Scheme, scale: string): Record<string, string> {
  return { ...(schemes[scheme] ?? schemes.light), '--bantin-font-scale': scale };
}
