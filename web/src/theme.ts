import { CloseButton, createTheme, DEFAULT_THEME, darken, type MantineColorsTuple } from '@mantine/core';

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** #rrggbb of Mantine's darken() result, which is rgba(…). */
function toHex(color: string): string {
  const parts = color
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number);
  return `#${parts.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** The colour darkened in small steps until its contrast with every background reaches `ratio`. */
function darkenUntil(color: string, backgrounds: string[], ratio: number): string {
  let current = color;
  for (let step = 0; step < 40 && backgrounds.some((bg) => contrast(current, bg) < ratio); step++)
    current = toHex(darken(current, 0.04));
  return current;
}

// Normal text needs 4.5:1 (WCAG 1.4.3); a little more, as text sits on tinted rows and light badges.
const TEXT_RATIO = 4.7;

/**
 * Mantine's palettes with the shades that carry text made dark enough to read: 6 (dimmed gray,
 * subtle text), 7–8 (filled buttons and badges with white text, coloured text: primaryShade 8) and
 * 9 (text of light badges and alerts, on shade 1). Shades 0–5 (backgrounds, borders) are Mantine's.
 */
// Dimmed text (gray 6) also sits on every palette's light tint (alerts, light badges, highlighted rows).
const TINTS = ['#ffffff', ...Object.values(DEFAULT_THEME.colors).flatMap((palette) => [palette[0], palette[1]])];

function readablePalette(colors: MantineColorsTuple): MantineColorsTuple {
  const out = [...colors];
  const onLight = ['#ffffff', colors[0], colors[1]];
  out[6] = darkenUntil(colors[6], colors === DEFAULT_THEME.colors.gray ? TINTS : ['#ffffff', colors[0]], TEXT_RATIO);
  out[7] = darkenUntil(colors[7], onLight, TEXT_RATIO);
  out[8] = darkenUntil(colors[8], onLight, TEXT_RATIO + 0.3);
  out[9] = darkenUntil(colors[9], onLight, TEXT_RATIO + 0.6);
  return out as unknown as MantineColorsTuple;
}

const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors)
    .filter(([name]) => name !== 'dark')
    .map(([name, palette]) => [name, readablePalette(palette)]),
);

/**
 * The app's Mantine theme: palettes readable at WCAG AA; icon-only close buttons (dialogs,
 * alerts) named in the reader's language. Touch-target sizes on phones live in theme.css.
 */
export function themeFor(closeLabel: string) {
  return createTheme({
    ...theme,
    components: {
      // CloseButtonProps does not list aria-label, though the button passes it on to the element.
      CloseButton: CloseButton.extend({ defaultProps: { 'aria-label': closeLabel } as Record<string, unknown> }),
    },
  });
}

/** The theme without language-dependent parts (tests, and the base of themeFor). */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  colors,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  defaultRadius: 'sm',
});
