import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type QueryOf, type Schema, api, data } from '../../api/typed.ts';

/** One message with its delivery state: the recipient masked, no body. */
export type MessageRow = Schema<'OutboxMessage'>;
export type MessageChannel = MessageRow['channel'];
export type MessageStatus = MessageRow['status'];
/** Counts by channel and state, and the provider of each channel. */
export type MessageSummary = Schema<'OutboxSummary'>;

/** The list's filter, with its page always set. */
export type MessageFilter = QueryOf<'/api/messages'> & { page: number; pageSize: number };

const key = ['messages'] as const;

/** One page of messages with their delivery state, newest first. */
export function useMessages(filter: MessageFilter) {
  return useQuery({
    queryKey: [...key, 'list', filter],
    queryFn: async () => data(await api.GET('/api/messages', { params: { query: filter } })),
    placeholderData: keepPreviousData,
    refetchInterval: 10_000,
  });
}

/** Counts by channel and state, and the configured providers. */
export function useMessageSummary() {
  return useQuery({
    queryKey: [...key, 'summary'],
    queryFn: async () => data(await api.GET('/api/messages/summary')),
    refetchInterval: 10_000,
  });
}

/** Queues a dead message again. */
export function useRequeue() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => data(await api.POST('/api/messages/{id}/requeue', { params: { path: { id } } })),
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
}
