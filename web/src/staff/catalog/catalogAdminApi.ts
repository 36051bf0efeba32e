import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type BodyOf, type QueryOf, api, data } from '../../api/typed.ts';

export const catalogKey = ['catalog-admin'] as const;

/** The list's filter as the page keeps it: always with a status. */
export type ItemFilter = QueryOf<'/api/catalog/items'> & {
  status: NonNullable<QueryOf<'/api/catalog/items'>['status']>;
};

export function useCatalogItems(filter: ItemFilter) {
  return useQuery({
    queryKey: [...catalogKey, 'items', filter],
    queryFn: async () => data(await api.GET('/api/catalog/items', { params: { query: filter } })),
    select: (a) => a.items,
    placeholderData: keepPreviousData,
  });
}

export function useCatalogItem(code: string | null) {
  return useQuery({
    queryKey: [...catalogKey, 'item', code],
    queryFn:
      code === null
        ? skipToken
        : async () => data(await api.GET('/api/catalog/items/{code}', { params: { path: { code } } })),
  });
}

export function useOverdueDisclosures() {
  return useQuery({
    queryKey: [...catalogKey, 'overdue'],
    queryFn: async () => data(await api.GET('/api/catalog/disclosures/overdue')),
  });
}

function useCatalogMutation<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => {
      void client.invalidateQueries({ queryKey: catalogKey });
      void client.invalidateQueries({ queryKey: ['public-catalog'] });
    },
  });
}

export const useCreateCategory = () =>
  useCatalogMutation(async (body: BodyOf<'/api/catalog/categories'>) =>
    data(await api.POST('/api/catalog/categories', { body })),
  );

/** A new version of an item as the editor sends it (a new item adds its code). */
export type ItemWrite = Omit<BodyOf<'/api/catalog/items'>, 'code'>;
/** The content of a version as the editor sends it. */
export type ItemContentInput = ItemWrite['content'];

export const useCreateItem = () =>
  useCatalogMutation(async (body: BodyOf<'/api/catalog/items'>) =>
    data(await api.POST('/api/catalog/items', { body })),
  );

export const useChangeItem = (code: string, expectedVersion: number) =>
  useCatalogMutation(async (v: ItemWrite) =>
    data(await api.PUT('/api/catalog/items/{code}', { params: { path: { code } }, body: { expectedVersion, ...v } })),
  );

/** The item's code is the one chosen when the dialog opened. */
const chosen = (code: string | null): string => {
  if (code === null) throw new Error('no catalogue item chosen');
  return code;
};

export const useWithdrawItem = (code: string | null) =>
  useCatalogMutation(async (body: BodyOf<'/api/catalog/items/{code}/withdraw'>) =>
    data(await api.POST('/api/catalog/items/{code}/withdraw', { params: { path: { code: chosen(code) } }, body })),
  );

export const useRecordDisclosure = (code: string | null, version: number | null) =>
  useCatalogMutation(async (body: BodyOf<'/api/catalog/items/{code}/versions/{version}/disclosure'>) => {
    if (version === null) throw new Error('no version chosen');
    return data(
      await api.POST('/api/catalog/items/{code}/versions/{version}/disclosure', {
        params: { path: { code: chosen(code), version } },
        body,
      }),
    );
  });

export function useEvaluationSettings() {
  return useQuery({
    queryKey: [...catalogKey, 'evaluation-settings'],
    queryFn: async () => data(await api.GET('/api/evaluation/settings')),
  });
}

export const useSaveEvaluationSettings = () =>
  useCatalogMutation(async (body: BodyOf<'/api/evaluation/settings', 'put'>) =>
    data(await api.PUT('/api/evaluation/settings', { body })),
  );
