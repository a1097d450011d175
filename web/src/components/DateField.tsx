import { ActionIcon, TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate, parseDateInput } from '../lib/dates';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  /** ISO yyyy-mm-dd, or null for empty. */
  value: string | null;
  onChange: (iso: string | null) => void;
};

/**
 * A date typed as dd/mm/yyyy (whatever the browser's locale), with the phone's own date picker
 * one tap away; reports ISO dates.
 */
export function DateField({ value, onChange, ...props }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState(formatDate(value));
  const [invalid, setInvalid] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setText(formatDate(value));
    setInvalid(false);
  }, [value]);
  const commit = (raw: string) => {
    if (!raw.trim()) {
      setInvalid(false);
      if (value !== null) onChange(null);
      return;
    }
    const iso = parseDateInput(raw);
    setInvalid(iso === null);
    if (iso && iso !== value) onChange(iso);
  };
  return (
    <TextInput
      {...props}
      value={text}
      inputMode="numeric"
      placeholder={t('date.placeholder')}
      error={invalid ? t('date.invalid') : props.error}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={(e) => commit(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit(e.currentTarget.value);
        }
      }}
      rightSection={
        <>
          <ActionIcon variant="subtle" color="gray" aria-label={t('date.pick')} onClick={() => picker.current?.showPicker?.()}>
            <span aria-hidden>📅</span>
          </ActionIcon>
          <input
            ref={picker}
            type="date"
            tabIndex={-1}
            aria-hidden
            value={value ?? ''}
            onChange={(e) => e.currentTarget.value && onChange(e.currentTarget.value)}
            style={{ position: 'absolute', width: 1, height: 1, opacity: 0, pointerEvents: 'none', right: 0, bottom: 0 }}
          />
        </>
      }
    />
  );
}
