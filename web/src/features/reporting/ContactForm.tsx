import * as contacts from '@common/contracts/contacts';
import { Alert, Button, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n/I18nProvider';
import { AgencySelect } from '../agencies/AgencySelect';
import { useMe } from '../auth/session';
import { errorText } from '../../lib/error-text';

type Kind = 'leader' | 'officer' | 'spokesperson';

/** Names a focal leader, focal officer or spokesperson from a date (coordinators; a leader for its own agency). */
export function ContactForm() {
  const { t } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  // A coordinator names contacts for any agency; an agency leader only for its own.
  const ownOnly = me.user.role === 'agency-leader' || me.user.role === 'agency-officer';
  const [agencyId, setAgencyId] = useState<number | null>(ownOnly ? me.user.agencyId : null);
  const [kind, setKind] = useState<Kind>('officer');
  const [fullName, setFullName] = useState('');
  const [position, setPosition] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [validFrom, setValidFrom] = useState<string | null>(me.today);
  const save = useMutation({
    mutationFn: async (): Promise<unknown> =>
      kind === 'spokesperson'
        ? call(contacts.setSpokesperson, {
            body: {
              agencyId: agencyId ?? 0,
              fullName,
              title: position,
              phone: phone || null,
              email: email || null,
              validFrom: validFrom ?? '',
            },
          })
        : call(contacts.setFocalOfficial, {
            body: {
              agencyId: agencyId ?? 0,
              kind,
              fullName,
              position: position || null,
              phone: phone || null,
              email: email || null,
              validFrom: validFrom ?? '',
            },
          }),
    onSuccess: () => {
      setFullName('');
      setPosition('');
      setPhone('');
      setEmail('');
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['reporting', 'contacts'] }),
        queryClient.invalidateQueries({ queryKey: ['reporting', 'compliance'] }),
      ]);
    },
  });
  const ready =
    agencyId !== null &&
    fullName.trim().length >= 2 &&
    validFrom !== null &&
    (kind !== 'spokesperson' || position.trim().length >= 2);
  return (
    <Paper withBorder p="sm">
      <Stack gap="sm">
        <Title order={2} size="h5">
          {t('reporting.contacts.change')}
        </Title>
        {!ownOnly && (
          <AgencySelect label={t('reporting.contacts.agency')} value={agencyId} onChange={setAgencyId} required />
        )}
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('reporting.contacts.role')}
          </Text>
          <SegmentedControl
            value={kind}
            onChange={(v) => setKind(v as Kind)}
            data={(['leader', 'officer', 'spokesperson'] as const).map((k) => ({
              value: k,
              label: t(`reporting.contacts.kind.${k}`),
            }))}
            fullWidth
            orientation={typeof window !== 'undefined' && window.innerWidth < 420 ? 'vertical' : 'horizontal'}
          />
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('reporting.contacts.fullName')}
            value={fullName}
            onChange={(e) => setFullName(e.currentTarget.value)}
            required
          />
          <TextInput
            label={t('reporting.contacts.position')}
            value={position}
            onChange={(e) => setPosition(e.currentTarget.value)}
            required={kind === 'spokesperson'}
          />
          <TextInput
            label={t('reporting.contacts.phone')}
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
            inputMode="tel"
          />
          <TextInput
            label={t('reporting.contacts.email')}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            inputMode="email"
          />
          <DateField label={t('reporting.contacts.validFrom')} value={validFrom} onChange={setValidFrom} required />
        </SimpleGrid>
        {save.isError && (
          <Alert color="red" role="alert">
            {errorText(t, save.error)}
          </Alert>
        )}
        {save.isSuccess && <Alert color="green">{t('reporting.contacts.saved')}</Alert>}
        <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!ready} w="fit-content">
          {t('app.save')}
        </Button>
      </Stack>
    </Paper>
  );
}
