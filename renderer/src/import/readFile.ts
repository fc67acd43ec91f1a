// A chosen file -> its bytes as base64 for import.preview, with progress and a way to stop.
import { FILE_TOO_LARGE_MESSAGE, MAX_IMPORT_BYTES } from '../../../shared/import/limits';

export class ReadFileError extends Error {}

/** Reads `file` as base64; reports progress 0..1; rejects with ReadFileError (Chinese) or an AbortError. */
export function readFileAsBase64(file: File, onProgress: (share: number) => void, signal: AbortSignal): Promise<string> {
  // Refused before a byte is read: the same sentence the service would give.
  if (file.size > MAX_IMPORT_BYTES) return Promise.reject(new ReadFileError(FILE_TOO_LARGE_MESSAGE));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    const onAbort = () => reader.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    reader.onload = () => {
      signal.removeEventListener('abort', onAbort);
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => {
      signal.removeEventListener('abort', onAbort);
      reject(new ReadFileError(`无法读取文件“${file.name}”：文件可能已被移动、删除或正被其他程序占用。`));
    };
    reader.onabort = () => {
      signal.removeEventListener('abort', onAbort);
      reject(new DOMException('已取消。', 'AbortError'));
    };
    reader.readAsDataURL(file);
  });
}

/** 1.2 MB, 356 KB: the size of a file as an office user reads it. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}
