import { defineRejections } from '../../kernel/rejection.ts';

/** Named refusals of the service catalogue. */
export const catalogRejections = defineRejections({
  catalog_item_not_found: { kind: 'not_found', zh: '服务事项不存在', en: 'The service item does not exist' },
  catalog_category_not_found: { kind: 'not_found', zh: '事项类别不存在', en: 'The item category does not exist' },
  catalog_version_not_found: {
    kind: 'not_found',
    zh: '服务事项的该版本不存在',
    en: 'That version of the service item does not exist',
  },
  catalog_code_taken: { kind: 'conflict', zh: '编码已被使用', en: 'The code is already in use' },
  catalog_version_conflict: {
    kind: 'conflict',
    zh: '服务事项已被他人修改，请刷新后重试',
    en: 'Someone else changed this service item; reload and try again',
  },
  catalog_item_withdrawn: { kind: 'conflict', zh: '服务事项已取消', en: 'The service item has been withdrawn' },
  catalog_change_date_invalid: {
    kind: 'invalid',
    zh: '变更日期不能早于上一版本的变更日期，且须在节假日日历覆盖的年份内',
    en: 'The change date cannot precede the previous version’s and must lie within the holiday calendar',
  },
  catalog_withdraw_date_invalid: {
    kind: 'invalid',
    zh: '取消日期不能早于当前版本的变更日期',
    en: 'The withdrawal date cannot precede the current version’s change date',
  },
  catalog_promise_exceeds_statute: {
    kind: 'invalid',
    zh: '承诺时限不能超过法定时限',
    en: 'The promised time limit cannot exceed the statutory limit',
  },
  catalog_step_codes_not_unique: {
    kind: 'invalid',
    zh: '办理环节编码不能重复',
    en: 'Workflow step codes must be unique',
  },
  catalog_material_codes_not_unique: {
    kind: 'invalid',
    zh: '申请材料编码不能重复',
    en: 'Material codes must be unique',
  },
  catalog_channels_not_unique: { kind: 'invalid', zh: '办理渠道不能重复', en: 'Channels must not repeat' },
  catalog_separated_step_unknown: {
    kind: 'invalid',
    zh: '不相容环节须为两个不同的、已定义的办理环节，且不能重复',
    en: 'Separated steps must name two different defined steps, each pair once',
  },
  catalog_disclosure_date_invalid: {
    kind: 'invalid',
    zh: '公示日期不能晚于今天，也不能早于该版本的变更日期或登记日期',
    en: 'The disclosure date cannot be in the future nor before the version existed',
  },
  catalog_already_disclosed: {
    kind: 'conflict',
    zh: '该版本已登记公示日期',
    en: 'The disclosure of this version is already recorded',
  },
  catalog_item_not_in_force: {
    kind: 'conflict',
    zh: '服务事项尚未生效',
    en: 'The service item is not in force yet',
  },
  catalog_channel_not_offered: {
    kind: 'invalid',
    zh: '该服务事项不支持此办理渠道',
    en: 'The service item is not offered through this channel',
  },
});

export const rejectCatalog = catalogRejections.reject;
