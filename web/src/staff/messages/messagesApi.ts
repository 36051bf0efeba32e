import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';

export type MessageChannel = 'sms' | 'email' | 'inbox';
export type MessageStatus = 'queued' | 'sent' | 'dead';

export interface MessageRow {
  id: number;
  channel: MessageChannel;
  recipientMasked: string;
  purpose: string;
  status: MessageStatus;
  attempts: number;
  lastError: string | null;
  provider: string | null;
  createdAt: string;
  sentAt: string | null;
  nextAttemptAt: string | null;
}

export interface MessageSummary {
  counts: Array<{ channel: MessageChannel; status: MessageStatus; count: number }>;
  providers: { sms: string | null; email: string | null };
}

export interface MessageFilter {
  status?: MessageStatus;
  channel?: MessageChannel;
  page: number;
  pageSize: number;
}

const key = ['messages'] as const;

/** One page of messages with their delivery state, newest first. */
export function useMessages(filter: MessageFilter) {
  return useQuery({
    queryKey: [...key, 'list', filter],
    queryFn: () => http.get<Page<MessageRow>>('/api/messages', { ...filter }),
    placeholderData: keepPreviousData,
    refetchInterval: 10_000,
  });
}

/** Counts by channel and state, and the configured providers. */
export function useMessageSummary() {
  return useQuery({
    queryKey: [...key, 'summary'],
    queryFn: () => http.get<MessageSummary>('/api/messages/summary'),
    refetchInterval: 10_000,
  });
}

/** Queues a dead message again. */
export function useRequeue() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => http.post<void>(`/api/messages/${id}/requeue`),
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
}
