import { defineRejections } from '../../kernel/rejection.ts';

/** Named refusals of the cases module. */
export const caseRejections = defineRejections({
  case_not_found: { kind: 'not_found', zh: '办件不存在或信息不匹配', en: 'No such case, or the details do not match' },
  case_applicant_name_mismatch: {
    kind: 'conflict',
    zh: '申请人姓名（名称）与登记信息不一致；请核对证件，如证件所载确与登记不同，须由复核员授权后受理',
    en: 'The applicant’s name differs from the register; check the document, and if it truly differs a reviewer must authorise the intake',
  },
  case_applicant_name_required: {
    kind: 'invalid',
    zh: '该证件号码未登记，须填写申请人姓名（名称）',
    en: 'This identifier is not in the register: enter the applicant’s name',
  },
  case_applicant_not_registered: {
    kind: 'not_found',
    zh: '该证件号码未登记，无需授权，按证件填写姓名即可',
    en: 'This identifier is not in the register: no authorisation is needed, enter the name as on the document',
  },
  case_name_override_needless: {
    kind: 'invalid',
    zh: '所填姓名（名称）与登记一致，无需授权',
    en: 'The name is the register’s: no authorisation is needed',
  },
  case_material_unknown: {
    kind: 'invalid',
    zh: '所列材料不在该事项的材料清单中',
    en: 'A listed material is not in the item’s checklist',
  },
  case_material_duplicate: { kind: 'invalid', zh: '同一材料重复提交', en: 'The same material is listed twice' },
  case_material_not_waivable: {
    kind: 'invalid',
    zh: '必交材料不能免交',
    en: 'A required material cannot be waived',
  },
  case_material_not_missing: {
    kind: 'conflict',
    zh: '该材料不在待补正之列',
    en: 'That material is not awaited',
  },
  case_required_material_missing: {
    kind: 'conflict',
    zh: '必交材料不齐，不能受理；请出具一次性告知单不予受理',
    en: 'A required material is missing; the case cannot be accepted (decline it with a slip instead)',
  },
  case_upload_required: {
    kind: 'invalid',
    zh: '已收材料须附上传的文件',
    en: 'A received material needs its uploaded file',
  },
  case_reason_required: {
    kind: 'invalid',
    zh: '须填写书面理由（将告知申请人）',
    en: 'A written reason is required (the applicant will see it)',
  },
  case_deadline_in_past: { kind: 'invalid', zh: '补正期限不能早于今天', en: 'The deadline to supply is in the past' },
  case_item_duplicate: { kind: 'invalid', zh: '同一事项重复申请', en: 'The same item is listed twice' },
  case_step_out_of_order: {
    kind: 'conflict',
    zh: '办理环节顺序不对：该环节不是本件当前应办环节',
    en: 'Step out of order: that is not the case’s next step',
  },
  case_not_received: {
    kind: 'conflict',
    zh: '该件已受理或已办结，不能再受理或不予受理',
    en: 'The case was already accepted or closed',
  },
  case_waiting_materials: {
    kind: 'conflict',
    zh: '该件正在等待申请人补正材料，暂停办理',
    en: 'The case is waiting for the applicant’s materials',
  },
  case_step_permission_missing: {
    kind: 'forbidden',
    zh: '您没有办理该环节的权限',
    en: 'You do not hold the permission this step requires',
  },
  case_separated_steps_same_person: {
    kind: 'conflict',
    zh: '不相容岗位分离：同一人不能办理本事项相互分离的两个环节',
    en: 'Maker-checker: one person may not perform two steps the item separates',
  },
  case_closed: { kind: 'conflict', zh: '该件已办结，不能再修改', en: 'The case is closed' },
  case_version_conflict: {
    kind: 'conflict',
    zh: '办件已被他人修改，请刷新后重试',
    en: 'Someone else changed this case; reload and try again',
  },
  case_staff_not_eligible: {
    kind: 'invalid',
    zh: '移交或指派的工作人员不存在、已停用或无权办理该件',
    en: 'That staff member does not exist, is disabled, or cannot handle this case',
  },
  case_not_owner: {
    kind: 'forbidden',
    zh: '只有首问负责人或监督员可以移交、指派该件',
    en: 'Only the owner or a supervisor may hand over or assign the case',
  },
  case_window_invalid: {
    kind: 'invalid',
    zh: '服务网点或窗口不存在、已关闭或不在您的管辖范围内',
    en: 'The service point or window does not exist, is closed or is outside your subtree',
  },
  case_agency_invalid: {
    kind: 'invalid',
    zh: '经办机构不存在或已撤销',
    en: 'The agency does not exist or is closed',
  },
  case_calendar_not_covered: {
    kind: 'conflict',
    zh: '期限落在工作日历无法推算的年份（早于首个节假日安排或晚于2100年），不能计算',
    en: 'The deadline falls in a year the working-day calendar cannot count (before its first notice or after 2100)',
  },
  case_alert_not_found: { kind: 'not_found', zh: '预警不存在', en: 'No such alert' },
  case_settings_version_conflict: {
    kind: 'conflict',
    zh: '设置已被他人修改，请刷新后重试',
    en: 'Someone else changed the settings; reload and try again',
  },
  case_applicant_invalid: {
    kind: 'invalid',
    zh: '申请人证件号码不正确',
    en: 'The applicant’s identifier is not valid',
  },
  case_sweep_running: {
    kind: 'conflict',
    zh: '期限巡检正在进行，请稍后再试',
    en: 'A deadline sweep is already running; try again shortly',
  },
  case_phone_invalid: { kind: 'invalid', zh: '手机号码不正确', en: 'The mobile phone number is not valid' },
});

export const rejectCase = caseRejections.reject;
