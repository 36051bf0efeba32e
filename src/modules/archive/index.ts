export * from './archive.model.ts';
export { archiveRejections, rejectArchive } from './archive.rejections.ts';
export { fsBlobStore, memoryBlobStore, isDigest, type BlobStore } from './archive.blobs.ts';
export { checkUpload, sniffMediaType, RECOGNISED_MEDIA_TYPES } from './archive.rules.ts';
export {
  storeDocument,
  openDocument,
  documentsOfCase,
  documentsOfSubject,
  subjectIndexOf,
} from './archive.documents.ts';
export { storeUpload, archiveUpload, inspectUpload } from './archive.uploads.ts';
export { verifyArchive, type VerifyArchiveResult } from './archive.verify.ts';
