import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as m from '@common/contracts/monitoring';
import { openCase } from '@common/contracts/response';
import { call } from '../../api/client';
import type { Wire } from '../../api/types';

export type Story = Wire<typeof m.StoryView>;
export type StoryFilters = Wire<typeof m.ArticleQuery>;
export type Digest = Wire<typeof m.DigestView>;
export type DigestKind = Wire<typeof m.DigestKind>;
export type SavedQuery = Wire<typeof m.SavedSearchQuery>;

/** The user's saved searches, with saving (a name again replaces it) and deleting. */
export function useSavedSearches() {
  const queryClient = useQueryClient();
  const key = [...keys.all, 'saved-searches'];
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: key });
  return {
    searches: useQuery({ queryKey: key, queryFn: ({ signal }) => call(m.listSavedSearches, {}, signal) }),
    save: useMutation({
      mutationFn: (body: Wire<typeof m.saveSearch.body>) => call(m.saveSearch, { body }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (id: number) => call(m.deleteSavedSearch, { params: { id } }),
      onSuccess,
    }),
  };
}

const keys = { all: ['monitoring'] as const };

/** Stories (one per near-duplicate group) with the filters of the list. */
export function useStories(filters: StoryFilters) {
  return useQuery({
    queryKey: [...keys.all, 'stories', filters],
    queryFn: ({ signal }) => call(m.listArticles, { query: filters }, signal),
  });
}

/** One article with the analysis' reasons. */
export function useArticle(id: number) {
  return useQuery({
    queryKey: [...keys.all, 'article', id],
    queryFn: ({ signal }) => call(m.getArticle, { params: { id } }, signal),
  });
}

export function useAlerts() {
  return useQuery({ queryKey: [...keys.all, 'alerts'], queryFn: ({ signal }) => call(m.listAlerts, {}, signal) });
}

export function useSources() {
  return useQuery({ queryKey: [...keys.all, 'sources'], queryFn: ({ signal }) => call(m.listSources, {}, signal) });
}

export function useDigestPreview(kind: DigestKind, date: string | undefined) {
  return useQuery({
    queryKey: [...keys.all, 'digest-preview', kind, date],
    queryFn: ({ signal }) => call(m.previewDigest, { query: { kind, date } }, signal),
  });
}

export function useDigests() {
  return useQuery({ queryKey: [...keys.all, 'digests'], queryFn: ({ signal }) => call(m.listDigests, {}, signal) });
}

export function useProfile() {
  return useQuery({ queryKey: [...keys.all, 'profile'], queryFn: ({ signal }) => call(m.getProfile, {}, signal) });
}

/** The monitoring changes; each refreshes every monitoring query. */
export function useMonitoringActions() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: keys.all });
  return {
    handleAlert: useMutation({ mutationFn: (id: number) => call(m.handleAlert, { params: { id } }), onSuccess }),
    /** Alert → case in one click: a response case opened from the alert's article, the alert then handled. */
    caseFromAlert: useMutation({
      mutationFn: async (alert: Wire<typeof m.AlertView>) => {
        const flagged = alert.kind === 'flagged';
        const opened = await call(openCase, {
          body: {
            kind: flagged ? 'misinformation' : 'sensitive-coverage',
            title: alert.message.slice(0, 300),
            summary: alert.message,
            intake: 'alert',
            sourceArticleId: alert.articleId === null ? null : String(alert.articleId),
            severity: flagged ? 'high' : 'medium',
          },
        });
        await call(m.handleAlert, { params: { id: alert.id } });
        return opened.case;
      },
      onSuccess,
    }),
    issueDigest: useMutation({
      mutationFn: (body: Wire<typeof m.issueDigest.body>) => call(m.issueDigest, { body }),
      onSuccess,
    }),
    createSource: useMutation({
      mutationFn: (body: Wire<typeof m.NewSourceBody>) => call(m.createSource, { body }),
      onSuccess,
    }),
    pollSource: useMutation({ mutationFn: (id: number) => call(m.pollSourceNow, { params: { id } }), onSuccess }),
    pasteArticle: useMutation({
      mutationFn: (body: Wire<typeof m.pasteArticle.body>) => call(m.pasteArticle, { body }),
      onSuccess,
    }),
    /** A preview reads the file on the server and stores nothing, so it refreshes nothing. */
    previewCsv: useMutation({
      mutationFn: (body: Wire<typeof m.previewCsv.body>) => call(m.previewCsv, { body }),
    }),
    importCsv: useMutation({
      mutationFn: (body: Wire<typeof m.importCsv.body>) => call(m.importCsv, { body }),
      onSuccess,
    }),
    saveProfile: useMutation({
      mutationFn: (body: Wire<typeof m.saveProfile.body>) => call(m.saveProfile, { body }),
      onSuccess,
    }),
  };
}
