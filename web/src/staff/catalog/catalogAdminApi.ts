import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import type {
  CatalogCategory,
  CatalogItem,
  CatalogItemDetail,
  EvaluationSettings,
  ItemContent,
  ItemVersion,
  OverdueDisclosure,
  Text,
} from '../../api/deskTypes.ts';
import type { Items } from '../../api/types.ts';

export const catalogKey = ['catalog-admin'] as const;

export interface ItemFilter {
  status: 'active' | 'withdrawn' | 'all';
  disclosure?: 'overdue' | 'pending';
  q?: string;
}

export function useCatalogItems(filter: ItemFilter) {
  return useQuery({
    queryKey: [...catalogKey, 'items', filter],
    queryFn: () => http.get<Items<CatalogItem>>('/api/catalog/items', { ...filter }),
    select: (a) => a.items,
    placeholderData: keepPreviousData,
  });
}

export function useCatalogItem(code: string | null) {
  return useQuery({
    queryKey: [...catalogKey, 'item', code],
    queryFn: () => http.get<CatalogItemDetail>(`/api/catalog/items/${encodeURIComponent(code ?? '')}`),
    enabled: code !== null,
  });
}

export function useOverdueDisclosures() {
  return useQuery({
    queryKey: [...catalogKey, 'overdue'],
    queryFn: () => http.get<{ asOf: string; items: OverdueDisclosure[] }>('/api/catalog/disclosures/overdue'),
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
  useCatalogMutation((v: { code: string; name: Text; sort: number }) =>
    http.post<CatalogCategory>('/api/catalog/categories', v),
  );

export interface ItemWrite {
  changedOn: string;
  changeNote: Text;
  categoryCode: string;
  sort: number;
  content: ItemContent;
}

export const useCreateItem = () =>
  useCatalogMutation((v: ItemWrite & { code: string }) => http.post<CatalogItem>('/api/catalog/items', v));

export const useChangeItem = (code: string, expectedVersion: number) =>
  useCatalogMutation((v: ItemWrite) =>
    http.put<CatalogItem>(`/api/catalog/items/${encodeURIComponent(code)}`, { expectedVersion, ...v }),
  );

export const useWithdrawItem = (code: string | null) =>
  useCatalogMutation((v: { reason: string; withdrawnOn: string }) =>
    http.post<CatalogItem>(`/api/catalog/items/${encodeURIComponent(code ?? '')}/withdraw`, v),
  );

export const useRecordDisclosure = (code: string | null, version: number | null) =>
  useCatalogMutation((v: { disclosedOn: string }) =>
    http.post<ItemVersion>(`/api/catalog/items/${encodeURIComponent(code ?? '')}/versions/${version}/disclosure`, v),
  );

export function useEvaluationSettings() {
  return useQuery({
    queryKey: [...catalogKey, 'evaluation-settings'],
    queryFn: () => http.get<EvaluationSettings>('/api/evaluation/settings'),
  });
}

export const useSaveEvaluationSettings = () =>
  useCatalogMutation((v: EvaluationSettings) => http.put<EvaluationSettings>('/api/evaluation/settings', v));
