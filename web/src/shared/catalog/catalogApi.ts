import { useQuery } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import type { CatalogCategory, ServiceGuide } from '../../api/deskTypes.ts';

/** The public catalogue: categories with their active items (current versions). */
export function usePublicCatalog() {
  return useQuery({
    queryKey: ['public-catalog'],
    queryFn: () => http.get<{ categories: CatalogCategory[] }>('/api/public/catalog'),
    select: (answer) => answer.categories,
    staleTime: 5 * 60_000,
  });
}

/** The service guide (服务指南) of one item, current version. */
export function useServiceGuide(code: string | undefined) {
  return useQuery({
    queryKey: ['public-catalog', code],
    queryFn: () => http.get<ServiceGuide>(`/api/public/catalog/${encodeURIComponent(code ?? '')}`),
    enabled: Boolean(code),
    staleTime: 5 * 60_000,
  });
}
