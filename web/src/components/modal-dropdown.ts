import type { ComboboxProps } from '@mantine/core';

/**
 * Dropdowns inside a dialog open upwards and never flip down, so an open list can never cover the
 * dialog's own buttons (Hủy, Lưu) below it; it shrinks to the room above when that is short.
 */
export const MODAL_DROPDOWN: ComboboxProps = {
  withinPortal: true,
  position: 'top',
  middlewares: { flip: false, shift: true, size: true },
};
