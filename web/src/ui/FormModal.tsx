import type { UseMutationResult } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/index.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { useNotify } from './useNotify.ts';

interface Props<V extends object, M> {
  open: boolean;
  title: ReactNode;
  mutation: UseMutationResult<unknown, Error, M>;
  /** Turns the form values into the mutation's variables; identity when omitted. */
  toVariables?: (values: V) => M;
  /** A check across fields before sending; a message stops the submit and is shown. */
  check?: (values: V) => string | null;
  onClose: () => void;
  successText: string;
  okText?: string;
  danger?: boolean;
  initialValues?: Partial<V>;
  testId: string;
  width?: number;
  children: ReactNode;
}

/**
 * A modal form bound to one mutation: validates, submits, shows the server's refusal inline
 * and closes with a toast on success. Each opening gets a fresh form, so the initial values are
 * always those of the record it was opened for.
 */
export function FormModal<V extends object, M = V>(props: Props<V, M>) {
  const close = () => {
    props.mutation.reset();
    props.onClose();
  };
  return (
    <Modal
      open={props.open}
      title={props.title}
      onCancel={close}
      footer={null}
      destroyOnHidden
      width={props.width ?? 560}
    >
      {props.open && <FormModalBody {...props} onClose={close} />}
    </Modal>
  );
}

function FormModalBody<V extends object, M>(props: Props<V, M>) {
  const { mutation, toVariables, check, onClose, successText, okText, danger, initialValues, testId, children } = props;
  const { t } = useI18n();
  const [form] = Form.useForm<V>();
  const notify = useNotify();
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async () => {
    const values = await form.validateFields();
    const found = check?.(values) ?? null;
    setProblem(found);
    if (found) return;
    await mutation.mutateAsync(toVariables ? toVariables(values) : (values as unknown as M)).then(
      () => {
        notify.success(successText);
        onClose();
      },
      () => undefined, // shown by the ErrorAlert below
    );
  };
  // Validation failures are shown on the fields; nothing more to report.
  const run = () => void submit().catch(() => undefined);
  return (
    <div data-testid={testId}>
      <ErrorAlert error={mutation.error} />
      {problem && (
        <Alert type="warning" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="form-problem" />
      )}
      <Form form={form} layout="vertical" initialValues={initialValues} requiredMark="optional" onFinish={run}>
        {children}
        <button type="submit" hidden aria-hidden="true" />
      </Form>
      <Flex justify="flex-end" gap={8} style={{ marginTop: 8 }}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          type="primary"
          danger={danger}
          loading={mutation.isPending}
          onClick={run}
          data-testid={`${testId}-submit`}
        >
          {okText ?? t('common.confirm')}
        </Button>
      </Flex>
    </div>
  );
}
