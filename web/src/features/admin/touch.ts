/**
 * Touch targets of at least 44 px (WCAG 2.5.8 and the platforms' guidelines): the administration
 * forms are also used on phones, and Mantine's default inputs and buttons are 36 px tall.
 */
export const TOUCH_HEIGHT = 44;

/** `styles` for a Mantine input (TextInput, Select, MultiSelect, PasswordInput, DateField). */
export const touchInput = { input: { minHeight: TOUCH_HEIGHT } } as const;

/** Media query of Mantine's `sm` breakpoint: wider screens get tables, phones get cards. */
export const WIDE_SCREEN = '(min-width: 48em)';

/** Props for a Mantine PasswordInput: the field and its show/hide button both 44 px. */
export const touchPassword = {
  styles: { input: { minHeight: TOUCH_HEIGHT }, innerInput: { minHeight: TOUCH_HEIGHT } },
  rightSectionWidth: TOUCH_HEIGHT,
  visibilityToggleButtonProps: { style: { width: TOUCH_HEIGHT, height: TOUCH_HEIGHT } },
} as const;
