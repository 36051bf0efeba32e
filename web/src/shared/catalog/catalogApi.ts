import { skipToken, useQuery } from '@tanstack/react-query';
import { api, data } from '../../api/typed.ts';

/** The public catalogue: categories with their active items (current versions). */
export function usePublicCatalog() {
  return useQuery({
    queryKey: ['public-catalog'],
    queryFn: async () => data(await api.GET('/api/public/catalog')),
    select: (answer) => answer.categories,
    staleTime: 5 * 60_000,
  });
}

/** The query of one item's service guide, shared by the guide page and the intake's checklists. */
export function serviceGuideQuery(code: string) {
  return {
    queryKey: ['public-catalog', code],
    queryFn: async () => data(await api.GET('/api/public/catalog/{code}', { params: { path: { code } } })),
    staleTime: 5 * 60_000,
  };
}

/** The service guide (服务指南) of one item, current version. */
export function useServiceGuide(code: string | undefined) {
  return useQuery(code ? serviceGuideQuery(code) : { queryKey: ['public-catalog', code], queryFn: skipToken });
}
