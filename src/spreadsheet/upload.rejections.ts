import { defineRejections } from '../kernel/rejection.ts';

/** Refusals of an uploaded archive (an .xlsx is a zip) for what it holds once inflated. */
export const uploadRejections = defineRejections({
  upload_inflated_too_large: {
    kind: 'too_large',
    zh: '文件解压后过大，或其目录所写大小与实际内容不符',
    en: 'The file is too large once unpacked, or it unpacks to more than its directory declares',
  },
  upload_archive_entries_too_many: {
    kind: 'too_large',
    zh: '压缩文件中的条目过多',
    en: 'The archive holds too many entries',
  },
});
