import { defineRejections } from '../../kernel/rejection.ts';

/** Named refusals of uploads and the business archive. */
export const archiveRejections = defineRejections({
  upload_empty: { kind: 'invalid', zh: '上传的文件是空的', en: 'The uploaded file is empty' },
  upload_too_large: { kind: 'too_large', zh: '上传的文件超过大小限制', en: 'The uploaded file is too large' },
  upload_type_not_accepted: {
    kind: 'unsupported_media',
    zh: '文件内容的类型不在该材料接受的范围内',
    en: 'The content of the file is not of a type this material accepts',
  },
  upload_name_mismatch: {
    kind: 'unsupported_media',
    zh: '文件扩展名与文件实际内容不符',
    en: 'The file name’s extension does not match what the file contains',
  },
  upload_not_multipart: {
    kind: 'unsupported_media',
    zh: '上传文件须使用 multipart/form-data 格式',
    en: 'Uploads must be sent as multipart/form-data',
  },
  upload_malformed: {
    kind: 'invalid',
    zh: '上传请求须且只能包含一个名为 file 的文件',
    en: 'An upload must contain exactly one file part named file and nothing else',
  },
  upload_quota_exceeded: {
    kind: 'rate_limited',
    zh: '待提交的上传文件过多，请先提交或等待其过期',
    en: 'Too many pending uploads; submit them or let them expire first',
  },
  upload_not_found: { kind: 'not_found', zh: '上传的文件不存在或已失效', en: 'The upload does not exist' },
  upload_expired: {
    kind: 'conflict',
    zh: '上传的文件已过期，请重新上传',
    en: 'The upload has expired; upload the file again',
  },
  upload_already_archived: {
    kind: 'conflict',
    zh: '该上传文件已经归档',
    en: 'This upload has already been archived',
  },
  archive_document_not_found: { kind: 'not_found', zh: '档案文件不存在', en: 'The archived document does not exist' },
  archive_already_superseded: {
    kind: 'conflict',
    zh: '该档案文件已被更正，只能更正最新版本',
    en: 'This document has already been superseded; correct the newest version',
  },
  archive_use_note_required: {
    kind: 'invalid',
    zh: '利用目的为“其他”时须填写说明',
    en: 'A note is required when the purpose is “other”',
  },
  archive_content_altered: {
    kind: 'conflict',
    zh: '档案文件内容与登记的 SM3 摘要不符，已记录并通知管理员',
    en: 'The stored file no longer matches its recorded SM3 digest; this has been recorded',
  },
  archive_content_missing: {
    kind: 'conflict',
    zh: '档案文件在存储中缺失，已记录并通知管理员',
    en: 'The stored file is missing; this has been recorded',
  },
  archive_period_invalid: {
    kind: 'invalid',
    zh: '统计期间不正确：开始月份须不晚于结束月份，且不超过60个月',
    en: 'The period is not valid: start no later than end, at most 60 months',
  },
});

export const rejectArchive = archiveRejections.reject;
