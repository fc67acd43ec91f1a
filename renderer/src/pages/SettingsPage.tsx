// 设置与关于: what is running, in which mode, and where the data file is.
import { useRef, useState } from 'react';
import type { AppInfo } from '../../../shared/api/contract';
import { call } from '../api/client';
import { Loading, LoadError } from '../components/LoadStatus';
import { PageHeader } from '../components/PageHeader';
import { useLoad } from '../useLoad';

const MODE_LABELS: Record<AppInfo['mode'], string> = {
  electron: '桌面版',
  browser: '浏览器模式',
  cli: '命令行',
};

export function SettingsPage() {
  const { state, reload } = useLoad(() => call('app.info', {}), []);
  const pathRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const info = state.data;

  const copyPath = async () => {
    const input = pathRef.current;
    if (!input) return;
    input.focus();
    input.select();
    try {
      await navigator.clipboard.writeText(input.value);
      setCopied('yes');
    } catch {
      // Clipboard API refused (permissions); the path stays selected for Ctrl+C.
      setCopied(document.execCommand('copy') ? 'yes' : 'no');
    }
  };

  return (
    <>
      <PageHeader title="设置与关于" />

      {state.status === 'error' ? (
        <LoadError onRetry={reload}>无法读取程序信息：{state.error}</LoadError>
      ) : null}

      {!info ? (
        state.status === 'loading' ? (
          <Loading />
        ) : null
      ) : (
        <>
          <section className="panel panel-padded section" aria-labelledby="about-title">
            <h2 id="about-title" className="section-title">
              关于
            </h2>
            <dl className="facts">
              <div className="fact">
                <dt>程序名称</dt>
                <dd>{info.appName}</dd>
              </div>
              <div className="fact">
                <dt>版本</dt>
                <dd className="num">{info.version}</dd>
              </div>
              <div className="fact">
                <dt>运行方式</dt>
                <dd>{MODE_LABELS[info.mode]}</dd>
              </div>
              <div className="fact">
                <dt>数据库结构版本</dt>
                <dd className="num">{info.schemaVersion}</dd>
              </div>
            </dl>
          </section>

          <section className="panel panel-padded section" aria-labelledby="data-title">
            <h2 id="data-title" className="section-title">
              数据文件
            </h2>
            <p className="section-text">所有工作要点、指标和填报数据都保存在本机的这个文件中。备份时复制此文件即可；请不要在程序运行时移动或删除它。</p>
            <label htmlFor="db-path" className="field-label">
              数据文件位置
            </label>
            <div className="copy-row">
              <input
                id="db-path"
                ref={pathRef}
                className="input input-mono"
                type="text"
                readOnly
                value={info.dbPath}
                onFocus={(e) => e.currentTarget.select()}
              />
              <button type="button" className="button" onClick={() => void copyPath()}>
                复制路径
              </button>
            </div>
            <p className="field-hint" role="status">
              {copied === 'yes' ? '已复制到剪贴板。' : copied === 'no' ? '无法自动复制，路径已选中，请按 Ctrl+C 复制。' : ''}
            </p>
          </section>
        </>
      )}
    </>
  );
}
