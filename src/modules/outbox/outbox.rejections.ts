/** Named refusals of the message outbox. */
import { defineRejections } from '../../kernel/rejection.ts';

export const outboxRejections = defineRejections({
  message_channel_unavailable: {
    kind: 'conflict',
    zh: '本系统暂未开通短信服务，无法发送验证码。请携带身份证件到经办窗口办理',
    en: 'Text messages are not set up on this system, so no code can be sent. Please come to a service window with your identity document',
  },
  message_not_found: { kind: 'not_found', zh: '消息不存在', en: 'No such message' },
  message_not_dead: {
    kind: 'conflict',
    zh: '只有投递失败（已停止重试）的消息可以重新投递',
    en: 'Only a message whose delivery was given up can be queued again',
  },
});

export const rejectOutbox = outboxRejections.reject;
