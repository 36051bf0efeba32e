/** Spreadsheet input shared by modules: the one safe way an uploaded zip (an .xlsx) is opened. */
export {
  provenZip,
  UPLOAD_INFLATED_BYTES_MAX,
  UPLOAD_ZIP_ENTRIES_MAX,
  UPLOAD_ZIP_LIMITS,
  ZipFormatError,
  type ZipLimits,
} from './proven-zip.ts';
export { uploadRejections } from './upload.rejections.ts';
