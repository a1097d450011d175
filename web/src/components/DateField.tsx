import { ActionIcon, TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate, parseDateInput } from '@common/calendar/iso-date';

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
      onChange(null);
      return;
    }
    const iso = parseDateInput(raw);
    setInvalid(iso === null);
    if (iso) onChange(iso);
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
          <ActionIcon
            // 34 px: still 24 px or more where the field's neighbours overlap its edge (WCAG 2.5.8).
            size="lg"
            variant="subtle"
            color="gray"
            aria-label={t('date.pick')}
            onClick={() => picker.current?.showPicker?.()}
          >
            <CalendarIcon />
          </ActionIcon>
          <input
            ref={picker}
            type="date"
            tabIndex={-1}
            aria-hidden
            value={value ?? ''}
            onChange={(e) => e.currentTarget.value && onChange(e.currentTarget.value)}
            style={{
              position: 'absolute',
              width: 1,
              height: 1,
              opacity: 0,
              pointerEvents: 'none',
              // Beside the button, not on it: overlapping it would shrink its touch target (WCAG 2.5.8).
              right: '100%',
              bottom: 0,
            }}
          />
        </>
      }
    />
  );
}

function CalendarIcon() {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M16 3v4M8 3v4M3 10h18" />
    </svg>
  );
}
