import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { AgencySelect } from '../agencies/AgencySelect';
import { useUsers } from './users.api';
import { touchInput } from '../admin/touch';
import {
  asRole,
  type FieldProblem,
  type FieldProblems,
  isAgencyRole,
  ROLES,
  type UserFormValues,
  userRoleHint,
  userRoleLabel,
} from './user-form';

type Props = {
  values: UserFormValues;
  onChange: (patch: Partial<UserFormValues>) => void;
  problems: FieldProblems;
  /**
   * The administrator's own account: role and agency stay as they are, since changing either ends
   * one's own sessions (and a lost admin role cannot be given back from this screen).
   */
  isSelf?: boolean;
};

/** Name, e-mail, role (with what it may do) and agency (required for agency roles): shared by create and edit. */
export function UserFields({ values, onChange, problems, isSelf = false }: Props) {
  const { t } = useI18n();
  const say = (problem: FieldProblem | undefined) => (problem ? t(problem.key, problem.params) : undefined);
  const agencyRole = isAgencyRole(values.role);
  // The server says which roles this tenant gives (a province never the ministry's); the account's
  // own role stays listed so an existing account reads right.
  const offered = useUsers().data?.roles ?? ROLES.filter((role) => role !== 'ministry');
  const roles = values.role && !offered.includes(values.role) ? [...offered, values.role] : offered;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('users.displayName')}
          value={values.displayName}
          onChange={(e) => onChange({ displayName: e.currentTarget.value })}
          error={say(problems.displayName)}
          required
          autoComplete="off"
          styles={touchInput}
        />
        <TextInput
          label={t('users.email')}
          type="email"
          value={values.email}
          onChange={(e) => onChange({ email: e.currentTarget.value })}
          error={say(problems.email)}
          autoComplete="off"
          inputMode="email"
          styles={touchInput}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('users.role')}
          data={roles.map((role) => ({ value: role, label: userRoleLabel(t, role) }))}
          value={values.role}
          onChange={(value) => onChange({ role: asRole(value) })}
          description={values.role ? userRoleHint(t, values.role) : undefined}
          error={say(problems.role)}
          allowDeselect={false}
          disabled={isSelf}
          required
          comboboxProps={{ withinPortal: true }}
          styles={touchInput}
        />
        <AgencySelect
          label={t('users.agency')}
          value={values.agencyId}
          onChange={(agencyId) => onChange({ agencyId })}
          description={agencyRole ? t('users.agencyRequired') : t('users.agencyOptional')}
          error={say(problems.agencyId)}
          required={agencyRole}
          disabled={isSelf}
          comboboxProps={{ withinPortal: true }}
          styles={touchInput}
        />
      </SimpleGrid>
    </>
  );
}
