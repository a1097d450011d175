import * as auth from '@common/contracts/auth';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { ApiError, call, onUnauthorized, setCsrfToken } from '../../api/client';
import type { Abilities, LoginAnswer, Me } from '../../api/types';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/** Reads the current session; null when nobody is signed in. */
async function fetchMe(): Promise<Me | null> {
  try {
    const me = await call(auth.me);
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/**
 * `expired` is set when a signed-in session was lost (an API call answered 401): 'idle' when the
 * server ended it for inactivity, 'expired' otherwise.
 */
type SessionValue = { me: Me | null; isLoading: boolean; error: unknown; expired: false | 'expired' | 'idle' };
const SessionContext = createContext<SessionValue>({ me: null, isLoading: true, error: null, expired: false });

/** Loads /api/auth/me once and drops the session whenever any call answers 401. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
  const [expired, setExpired] = useState<SessionValue['expired']>(false);
  useEffect(() => {
    if (query.data) setExpired(false);
  }, [query.data]);
  useEffect(
    () =>
      onUnauthorized((code) => {
        if (queryClient.getQueryData(ME_QUERY_KEY)) setExpired(code === 'SESSION_IDLE' ? 'idle' : 'expired');
        setCsrfToken(null);
        queryClient.setQueryData(ME_QUERY_KEY, null);
        queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_QUERY_KEY[0] });
      }),
    [queryClient],
  );
  return (
    <SessionContext.Provider
      value={{ me: query.data ?? null, isLoading: query.isLoading, error: query.error, expired }}
    >
      {children}
    </SessionContext.Provider>
  );
}

/** The signed-in user, abilities and the server's "today". */
export function useSession(): SessionValue {
  return useContext(SessionContext);
}

/** The signed-in session; only for pages behind RequireSession. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe without a session');
  return me;
}

/** Does the signed-in user have this ability? */
export function useAbility(ability: keyof Abilities): boolean {
  const { me } = useSession();
  return me?.abilities[ability] === true;
}

/** Stores the answer of a successful sign-in as the session (today comes with the next /me). */
export function rememberLogin(queryClient: ReturnType<typeof useQueryClient>, answer: LoginAnswer): void {
  setCsrfToken(answer.csrfToken);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_QUERY_KEY[0] });
  void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
}
