import { defineRejections } from '../../kernel/rejection.ts';

/** Refusals of issuing and printing hall activation codes at the window. */
export const hallActivationRejections = defineRejections({
  hall_activation_document_invalid: {
    kind: 'invalid',
    zh: '所核验的证件类型不适用于该登记对象',
    en: 'That type of document does not prove this kind of holder',
  },
  hall_activation_no_address: {
    kind: 'conflict',
    zh: '未登记通讯地址，无法邮寄激活码信函；请改为现场打印或短信发送',
    en: 'No address is on file to mail the letter to; print the slip or text the code instead',
  },
  hall_activation_phone_required: {
    kind: 'invalid',
    zh: '短信发送激活码须填写经核实的手机号码',
    en: 'Texting the code needs a mobile number the clerk has checked',
  },
  hall_activation_holder_inactive: {
    kind: 'conflict',
    zh: '该人员已合并或已死亡，不能开通网上服务大厅账户',
    en: 'This person’s record was merged or the person is deceased: no hall account can be opened',
  },
  hall_activation_not_found: {
    kind: 'not_found',
    zh: '激活码不存在、已使用或已失效，无法打印',
    en: 'No live activation code matches: it cannot be printed',
  },
});

export const rejectHallActivation = hallActivationRejections.reject;
