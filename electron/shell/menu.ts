// The application menu, in Chinese: 文件 / 编辑 / 视图 / 帮助.
import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { WINDOW_TITLE } from './window';

export function installMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件',
      submenu: [{ role: 'quit', label: '退出' }],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'pasteAndMatchStyle', label: '粘贴为纯文本' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
        ...(app.isPackaged
          ? []
          : ([
              { type: 'separator' },
              { role: 'reload', label: '重新加载' },
              { role: 'toggleDevTools', label: '开发者工具' },
            ] satisfies MenuItemConstructorOptions[])),
      ],
    },
    {
      label: '帮助',
      submenu: [
        {
          label: `关于${WINDOW_TITLE}`,
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: `关于${WINDOW_TITLE}`,
              message: `${WINDOW_TITLE}（PlanDesk）`,
              detail: `版本 ${app.getVersion()}\n单机离线使用，数据保存在本机：\n${app.getPath('userData')}`,
              buttons: ['确定'],
            }),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
