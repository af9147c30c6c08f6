/**
 * The caption's type, written once: the figure's shadow styles (figure.styles.ts) and
 * bantin-prepaint.css (src/prepaint.css.ts), which sizes a caption before the figure is
 * defined, are both built from it.
 */
export const captionTypography = {
  size: 'var(--bantin-figure-caption-size,0.9em)',
  lineHeight: '1.6',
  style: 'var(--bantin-figure-caption-style,italic)',
  align: 'var(--bantin-figure-caption-align,center)',
} as const;
