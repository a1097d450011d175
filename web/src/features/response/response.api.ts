import * as press from '@common/contracts/press-relations';
import * as response from '@common/contracts/response';
import type { Endpoint, EndpointRequest } from '@common/contracts/endpoint';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { Wire } from '../../api/types';

export type CaseSummary = Wire<typeof response.CaseSummary>;
export type CaseDetail = Wire<typeof response.CaseDetail>;
export type PressConference = Wire<typeof press.PressConference>;
export type ForeignVisit = Wire<typeof press.ForeignVisit>;

/** The cases the reader may see. */
export function useCases() {
  return useQuery({ queryKey: ['response', 'cases'], queryFn: ({ signal }) => call(response.listCases, {}, signal) });
}

/** One case with its chain. */
export function useCase(id: number) {
  return useQuery({
    queryKey: ['response', 'case', id],
    queryFn: ({ signal }) => call(response.getCase, { params: { id } }, signal),
  });
}

/** A year's press conferences and the quarterly duty. */
export function usePressConferences(year: number) {
  return useQuery({
    queryKey: ['response', 'conferences', year],
    queryFn: ({ signal }) => call(press.listPressConferences, { query: { year } }, signal),
  });
}

/** Foreign press groups. */
export function useForeignVisits() {
  return useQuery({
    queryKey: ['response', 'visits'],
    queryFn: ({ signal }) => call(press.listForeignVisits, {}, signal),
  });
}

/** The accounts a coordinator may name on a case. */
export function useCasePeople(enabled: boolean) {
  return useQuery({
    queryKey: ['response', 'people'],
    queryFn: ({ signal }) => call(response.listCasePeople, {}, signal),
    enabled,
  });
}

/** The board of a year. */
export function useResponseBoard(year: number) {
  return useQuery({
    queryKey: ['response', 'board', year],
    queryFn: ({ signal }) => call(response.responseBoard, { query: { year } }, signal),
  });
}

/** A mutation of one endpoint that refreshes every response screen when it succeeds. */
function useResponseMutation<E extends Endpoint>(endpoint: E) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: EndpointRequest<E>) => call(endpoint, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['response'] }),
  });
}

/** Every change of the response work. */
export function useResponseMutations() {
  return {
    openCase: useResponseMutation(response.openCase),
    transitionCase: useResponseMutation(response.transitionCase),
    referCase: useResponseMutation(response.referCase),
    answerReferral: useResponseMutation(response.answerReferral),
    addAction: useResponseMutation(response.addCaseAction),
    completeAction: useResponseMutation(response.completeCaseAction),
    captureEvidence: useResponseMutation(response.captureEvidence),
    setMember: useResponseMutation(response.setCaseMember),
    removeMember: useResponseMutation(response.removeCaseMember),
    planConference: useResponseMutation(press.planPressConference),
    holdConference: useResponseMutation(press.holdPressConference),
    registerVisit: useResponseMutation(press.registerForeignVisit),
    transitionVisit: useResponseMutation(press.transitionForeignVisit),
  };
}
