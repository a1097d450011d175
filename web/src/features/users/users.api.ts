import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as users from '@common/contracts/users';
import { call } from '../../api/client';
import type { Wire } from '../../api/types';

/** An account as the administrator sees it (inferred from the contract). */
export type UserAccount = Wire<typeof users.UserView>;

/** Every account (administrators). */
export function useUsers() {
  return useQuery({ queryKey: ['users'], queryFn: ({ signal }) => call(users.listUsers, {}, signal) });
}

/**
 * Account changes: create, update (role, agency, active), reset a password; each refreshes the list
 * before the form's own success runs, so the notice never shows beside the account as it was.
 */
export function useUserMutations() {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['users'] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
  return {
    create: useMutation({
      mutationFn: (body: users.CreateUserBody) => call(users.createUser, { body }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: number; body: users.UpdateUserBody }) =>
        call(users.updateUser, { params: { id }, body }),
      onSuccess: refresh,
    }),
    resetPassword: useMutation({
      mutationFn: ({ id, password }: { id: number; password: string }) =>
        call(users.resetUserPassword, { params: { id }, body: { password } }),
      onSuccess: refresh,
    }),
  };
}
