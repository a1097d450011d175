import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Abilities, Agency, AgencyGroup, SuccessionEvent, SuccessionEventInput, SuccessionMove } from '../../api/types';

export type CreateAgencyBody = {
  name: string;
  kind: string;
  province: string;
  validFrom: string;
  aliases: Array<{ alias: string; kind: string }>;
};

export type CreateGroupBody = {
  name: string;
  province: string;
  isOpen: boolean;
  rule: { kinds: string[] } | null;
  aliases: string[];
};

/** After any registry change, every agency, group, event, plan and audit view may be stale. */
function useInvalidateRegistry() {
  const queryClient = useQueryClient();
  return () => {
    for (const key of ['agencies', 'groups', 'succession-events', 'plans', 'audit']) void queryClient.invalidateQueries({ queryKey: [key] });
  };
}

export function useCreateAgency() {
  const invalidate = useInvalidateRegistry();
  return useMutation({ mutationFn: (body: CreateAgencyBody) => api.post<{ agency: Agency }>('/api/agencies', body), onSuccess: invalidate });
}

export function useAddAlias() {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: ({ agencyId, alias, kind }: { agencyId: number; alias: string; kind: string }) => api.post(`/api/agencies/${agencyId}/aliases`, { alias, kind }),
    onSuccess: invalidate,
  });
}

export function useGroups(asOf: string) {
  return useQuery({
    queryKey: ['groups', asOf],
    queryFn: ({ signal }) => api.get<{ groups: AgencyGroup[]; abilities: Abilities }>('/api/groups', { asOf }, signal),
  });
}

export function useCreateGroup() {
  const invalidate = useInvalidateRegistry();
  return useMutation({ mutationFn: (body: CreateGroupBody) => api.post<{ group: AgencyGroup }>('/api/groups', body), onSuccess: invalidate });
}

export function useSuccessionEvents() {
  return useQuery({
    queryKey: ['succession-events'],
    queryFn: ({ signal }) => api.get<{ events: SuccessionEvent[]; abilities: Abilities }>('/api/succession-events', undefined, signal),
  });
}

export function usePreviewSuccession() {
  return useMutation({ mutationFn: (body: SuccessionEventInput) => api.post<{ effectiveOn: string; moves: SuccessionMove[] }>('/api/succession-events/preview', body) });
}

export function useRecordSuccession() {
  const invalidate = useInvalidateRegistry();
  return useMutation({ mutationFn: (body: SuccessionEventInput) => api.post<{ event: SuccessionEvent }>('/api/succession-events', body), onSuccess: invalidate });
}
