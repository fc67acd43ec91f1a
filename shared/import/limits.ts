// How large an import may be: one figure for the file chooser, the API, the web host and the CLI,
// and one sentence for whoever refuses a file over it.

/** 50 MB: far above any real work plan (a 300-item plan with pictures is a few MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const FILE_TOO_LARGE_MESSAGE = '文件太大（超过 50 MB），不像是一份工作要点，无法导入。请确认选择的是工作要点的 .txt 或 .docx 文件。';

/** An import call carries the file as base64 (4 characters per 3 bytes) plus a little JSON around it. */
export const MAX_IMPORT_INPUT_BYTES = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 256 * 1024;
