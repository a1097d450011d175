import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Abilities } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { ForbiddenPage } from '../../components/ForbiddenPage';
import { useSession } from './session';

/** Sends visitors without a session to sign-in, remembering where they wanted to go. */
export function RequireSession() {
  const { me, isLoading, error, expired } = useSession();
  const location = useLocation();
  if (isLoading)
    return (
      <Center mih="60dvh">
        <Loader />
      </Center>
    );
  if (error) return <ErrorAlert error={error} />;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}${expired ? `&reason=${expired}` : ''}`} replace />;
  }
  return <Outlet />;
}

/** Shows the 403 page unless /api/auth/me granted the ability (the server checks again anyway). */
export function RequireAbility({ ability, children }: { ability: keyof Abilities; children: ReactNode }) {
  const { me } = useSession();
  if (!me?.abilities[ability]) return <ForbiddenPage />;
  return <>{children}</>;
}
