import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as org from '@common/contracts/organisations';
import { call } from '../../api/client';
import type { SuccessionEventInput } from '../../api/types';

export type CreateAgencyBody = org.CreateAgencyBody;
export type CreateGroupBody = org.CreateGroupBody;
export type UpdateGroupBody = org.UpdateGroupBody;

/** After any registry change, every agency, group, event, plan and audit view may be stale. */
function useInvalidateRegistry() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      ['agencies', 'groups', 'succession-events', 'plans', 'audit'].map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    );
}

export function useCreateAgency() {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: (body: CreateAgencyBody) => call(org.createAgency, { body }),
    onSuccess: invalidate,
  });
}

export function useAddAlias() {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: ({ agencyId, alias, kind }: { agencyId: number; alias: string; kind: org.AliasKindName }) =>
      call(org.addAgencyAlias, { params: { id: agencyId }, body: { alias, kind } }),
    onSuccess: invalidate,
  });
}

export function useGroups(asOf: string) {
  return useQuery({
    queryKey: ['groups', asOf],
    queryFn: ({ signal }) => call(org.listGroups, { query: { asOf } }, signal),
  });
}

export function useCreateGroup() {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: (body: CreateGroupBody) => call(org.createGroup, { body }),
    onSuccess: invalidate,
  });
}

export function useSuccessionEvents() {
  return useQuery({
    queryKey: ['succession-events'],
    queryFn: ({ signal }) => call(org.listSuccessionEvents, {}, signal),
  });
}

export function usePreviewSuccession() {
  return useMutation({
    mutationFn: (body: SuccessionEventInput) => call(org.previewSuccessionEvent, { body }),
  });
}

export function useRecordSuccession() {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: (body: SuccessionEventInput) => call(org.recordSuccessionEvent, { body }),
    onSuccess: invalidate,
  });
}

/** Changes a group's rule, includes, excludes or aliases (with its version). */
export function useUpdateGroup() {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateGroupBody }) =>
      call(org.updateGroup, { params: { id }, body }),
    onSuccess: invalidate,
  });
}

/** Edits an agency's kind, parent, note or end date (with its version). */
export function useUpdateAgency() {
  const invalidate = useInvalidateRegistry();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: org.UpdateAgencyBody }) =>
      call(org.updateAgency, { params: { id }, body }),
    onSuccess: invalidate,
  });
}
