// A startup failure the user must see: one Chinese dialog, then the app quits.
import { app, dialog } from 'electron';
import { isPlanDeskError } from '../../shared/api/errors';
import { WINDOW_TITLE } from './window';

export function failStartup(error: unknown, dbPath: string): void {
  // A PlanDeskError already says which file and that it was left untouched.
  const message = isPlanDeskError(error)
    ? error.message
    : `打开数据文件时出错，程序无法启动。\n\n数据文件：${dbPath}\n${error instanceof Error ? error.message : String(error)}`;
  // showErrorBox blocks until the user closes it.
  dialog.showErrorBox(`${WINDOW_TITLE}无法启动`, message);
  app.exit(1);
}
