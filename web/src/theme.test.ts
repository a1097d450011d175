import { describe, expect, it } from 'vitest';
import { contrast, theme } from './theme';

describe('theme palettes', () => {
  const palettes = Object.entries(theme.colors!).filter(([name]) => name !== 'dark');

  it('puts text at WCAG AA contrast wherever Mantine uses a shade for text', () => {
    expect(palettes.length).toBeGreaterThan(10);
    for (const [name, shades] of palettes) {
      // filled buttons/badges (white on shade 8) and coloured text on white
      expect(contrast(shades![8]!, '#ffffff'), `${name}.8`).toBeGreaterThanOrEqual(4.5);
      // light badges and alerts: shade 9 on shade 1
      expect(contrast(shades![9]!, shades![1]!), `${name}.9 on ${name}.1`).toBeGreaterThanOrEqual(4.5);
      // dimmed and subtle text
      expect(contrast(shades![6]!, '#ffffff'), `${name}.6`).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#868e96', '#ffffff')).toBeCloseTo(3.32, 2);
  });
});
