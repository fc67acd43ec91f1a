// The plan page once the plan is loaded: title bar, toolbar, 目录 | the page with the editor |
// 条目信息 and 指标, autosave, the local copy offer, the named versions, and the question when items
// with targets are deleted.
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { OutlineItem, Plan, RevisionSummary } from '../../../shared/api/contract';
import { TRASH_RETENTION_DAYS, type NumberingMode } from '../../../shared/domain/plan';
import { sameJson, shouldOfferDraft, type LocalDraft } from '../../../shared/domain/draft';
import { formatDateTime } from '../../../shared/format/date';
import type { ResponsibleUnits } from '../../../shared/outline/document';
import { ApiError, call, errorMessage } from '../api/client';
import { Banner } from '../components/Banner';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { PlanInfoDialog } from '../components/PlanInfoDialog';
import { IndicatorTableDataContext } from '../editor/indicator-table/data';
import { OutlinePane } from '../editor/outline/OutlinePane';
import { PlanEditor, type PlanEditorHandle } from '../editor/PlanEditor';
import type { BlocksChange, EditorBlock } from '../editor/types';
import { ItemTargets } from '../indicators/ItemTargets';
import { navigate, paths } from '../router';
import { pathLabels, withParents } from '../../../shared/indicators/labels';
import { DeletedItemsQuestion } from './DeletedItemsQuestion';
import { ItemPanel } from './ItemPanel';
import { readLocalCopy, removeLocalCopy } from './localCopy';
import { PlanTitleBar } from './PlanTitleBar';
import { PlanToolbar, type BlockKind, type ToolbarCommand } from './PlanToolbar';
import { SaveVersionDialog } from './SaveVersionDialog';
import { plainDocument, useAutosave } from './useAutosave';
import { useDeletedItems } from './useDeletedItems';
import { usePlanIndicators } from './usePlanIndicators';
import { VersionsDialog } from './VersionsDialog';
import './plan.css';

interface PlanWorkspaceProps {
  plan: Plan;
  outline: OutlineItem[];
  units: string[];
  /** Open with the cursor in this section or item (/plans/<id>?item=<uid>). */
  focusUid?: string | null;
  /** Or in the n-th top-level block, counted from 0 (/plans/<id>?block=<n>). */
  focusBlock?: number | null;
}

/**
 * The sections and items as the editor last reported them; `structure` is the list as of the last
 * change to entries, order, levels or numbers, so what derives from those alone (labels, levels) is
 * not worked out again while someone types.
 */
interface BlockView {
  blocks: EditorBlock[];
  structure: EditorBlock[];
}

/** What the editor was (re)mounted with; a new key is a fresh editor. */
interface Mounted {
  key: number;
  document: unknown;
}

/**
 * The editor may report its first state right after mounting; when that only repeats the document
 * it was given, it is not an edit and must not mark the plan unsaved.
 */
interface Echo {
  pending: boolean;
  document: unknown;
}

type Open = 'info' | 'delete' | 'saveVersion' | 'versions' | null;
type Notice = { kind: 'success' | 'info' | 'error'; text: string };

const toBlocks = (outline: readonly OutlineItem[]): EditorBlock[] =>
  outline.map(({ uid, level, label, lead, units, deadline }) => ({ uid, level, label, lead, units, deadline }));

const unsavedError = () => new ApiError('CONFLICT', '正文还没有保存成功，请先点“重试”保存正文，再进行此操作。');

function mergeNames(catalogue: readonly string[], outline: readonly OutlineItem[]): string[] {
  const names = new Set(catalogue);
  for (const item of outline) for (const n of [...item.units.lead, ...item.units.responsible]) names.add(n);
  return names.size === catalogue.length ? (catalogue as string[]) : [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

export function PlanWorkspace({ plan: loadedPlan, outline, units, focusUid = null, focusBlock = null }: PlanWorkspaceProps) {
  const [plan, setPlan] = useState(loadedPlan);
  const [mounted, setMounted] = useState<Mounted>({ key: 0, document: loadedPlan.document });
  const [{ blocks, structure }, setView] = useState<BlockView>(() => {
    const initial = toBlocks(outline);
    return { blocks: initial, structure: initial };
  });
  const [activeUid, setActiveUid] = useState<string | null>(null);
  const [panelUid, setPanelUid] = useState<string | null>(null);
  const [cursorInBody, setCursorInBody] = useState(false);
  const [numberingMode, setNumberingMode] = useState<NumberingMode>(loadedPlan.numberingMode);
  const [numberingBusy, setNumberingBusy] = useState(false);
  const [catalogue, setCatalogue] = useState<string[]>(units);
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // Read before the first autosave can overwrite it.
  const [offer, setOffer] = useState<LocalDraft | null>(() => {
    const copy = readLocalCopy(loadedPlan.id);
    if (shouldOfferDraft(copy, loadedPlan)) return copy;
    if (copy) removeLocalCopy(loadedPlan.id);
    return null;
  });

  const editorRef = useRef<PlanEditorHandle>(null);
  const editorBoxRef = useRef<HTMLDivElement>(null);
  const echo = useRef<Echo>({ pending: true, document: loadedPlan.document });
  const mountKey = useRef(0);

  const onNotice = useCallback((text: string) => setNotice({ kind: 'info', text }), []);
  const indicators = usePlanIndicators(loadedPlan.id);
  const deleted = useDeletedItems(loadedPlan.id, blocks, indicators, (text) => setNotice({ kind: 'error', text }));
  const { saved: indicatorsSaved } = indicators;
  const { afterSave } = deleted;
  const onSaved = useCallback(
    (saved: OutlineItem[]) => {
      setCatalogue((c) => mergeNames(c, saved));
      indicatorsSaved(saved);
      afterSave(saved);
    },
    [indicatorsSaved, afterSave],
  );
  const autosave = useAutosave({ planId: plan.id, savedDocument: loadedPlan.document, onSaved, beforeSave: deleted.beforeSave });

  const remount = useCallback((document: unknown, isEdit: boolean) => {
    echo.current = { pending: !isEdit, document };
    mountKey.current += 1;
    setMounted((m) => ({ key: m.key + 1, document }));
  }, []);

  const { update, flush } = autosave;
  const onDocumentChange = useCallback(
    (doc: unknown) => {
      if (echo.current.pending) {
        echo.current.pending = false;
        if (sameJson(plainDocument(doc), echo.current.document)) return;
      }
      update(doc);
    },
    [update],
  );
  // The 目录 follows the editor a moment later when typing fast: the keystroke paints first.
  const { blocksChanged } = deleted;
  const onBlocksChange = useCallback(
    (next: EditorBlock[], change: BlocksChange) => {
      blocksChanged(next, mountKey.current, change);
      startTransition(() => setView((v) => ({ blocks: next, structure: change === 'structure' ? next : v.structure })));
    },
    [blocksChanged],
  );

  const onActiveBlockChange = useCallback((uid: string | null) => {
    setActiveUid(uid);
    if (uid !== null) {
      setPanelUid(uid);
      setCursorInBody(false);
      return;
    }
    // A cursor in a body paragraph clears the panel; focus moving into the panel does not.
    const focus = document.activeElement;
    if (focus && editorBoxRef.current?.contains(focus)) {
      setPanelUid(null);
      setCursorInBody(true);
    }
  }, []);

  const onBlur = useCallback(() => void flush(), [flush]);
  const onRetrySave = onBlur;
  const onBeforeExport = useCallback(async () => void (await flush()), [flush]);
  const onEditInfo = useCallback(() => setOpen('info'), []);
  const onDelete = useCallback(() => setOpen('delete'), []);
  const onSaveVersion = useCallback(() => setOpen('saveVersion'), []);
  const onShowVersions = useCallback(() => setOpen('versions'), []);

  // Ctrl+S saves at once (and keeps the browser's save-page dialog away).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void flush();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flush]);

  // Stable for the page's life, so the toolbar, the title bar and the panel are drawn again only
  // when what they show changes, not on every keystroke.
  const editor = () => editorRef.current;
  const onLevel = useCallback((level: BlockKind) => editorRef.current?.setLevel(level), []);
  const onCommand = useCallback((command: ToolbarCommand) => editorRef.current?.[command](), []);
  const onInsertTable = useCallback(() => editorRef.current?.insertIndicatorTable({}), []);
  const onUnits = useCallback((uid: string, unitsOfItem: ResponsibleUnits) => editorRef.current?.setItemMeta(uid, { units: unitsOfItem }), []);
  const onDeadline = useCallback((uid: string, deadline: string) => editorRef.current?.setItemMeta(uid, { deadline }), []);
  const onActivate = useCallback((uid: string) => editorRef.current?.focusBlock(uid), []);
  const onMove = useCallback((uid: string, beforeUid: string | null) => editorRef.current?.moveBlock(uid, beforeUid), []);

  const onNumberingMode = useCallback(
    async (mode: NumberingMode) => {
      const previous = numberingMode;
      setNumberingMode(mode);
      setNumberingBusy(true);
      try {
        await call('plans.setNumberingMode', { id: plan.id, numberingMode: mode });
        setPlan((p) => ({ ...p, numberingMode: mode }));
      } catch (e) {
        setNumberingMode(previous);
        setNotice({ kind: 'error', text: `编号方式没有改变：${errorMessage(e)}` });
      } finally {
        setNumberingBusy(false);
      }
    },
    [numberingMode, plan.id],
  );

  /** Everything typed so far is saved (the editor's current document included). */
  const saveAll = useCallback(async () => {
    const doc = editorRef.current?.getDocument();
    if (doc !== undefined) update(doc);
    if (!(await flush())) throw unsavedError();
  }, [update, flush]);

  const saveVersion = async (name: string) => {
    await saveAll();
    const revision = await call('revisions.save', { id: plan.id, name });
    setOpen(null);
    setNotice({ kind: 'success', text: `已保存版本“${revision.name}”。` });
  };

  /** The saved plan was changed by the service (a version restored, punctuation fixed): show it. */
  const showSaved = async (outlineNow?: OutlineItem[]) => {
    const [fresh, saved] = await Promise.all([call('plans.get', { id: plan.id }), outlineNow ?? call('outline.list', { id: plan.id })]);
    autosave.reset(fresh.document);
    setPlan(fresh);
    setNumberingMode(fresh.numberingMode);
    const savedBlocks = toBlocks(saved);
    setView({ blocks: savedBlocks, structure: savedBlocks });
    setPanelUid(null);
    remount(fresh.document, false);
    indicatorsSaved(saved);
  };

  const restoreVersion = async (revision: RevisionSummary) => {
    if (!(await autosave.flush())) throw unsavedError();
    await showSaved(await call('revisions.restore', { id: plan.id, revisionId: revision.id }));
    setOpen(null);
    setNotice({ kind: 'success', text: `已恢复到版本“${revision.name}”。恢复前的正文已另存为一个版本。` });
  };

  // The export dialog's 一键修正标点 rewrote the saved text; the editor must not save its old copy over it.
  // Stable (through a ref to this render's showSaved), so the title bar is not drawn again per key.
  const showSavedRef = useRef(showSaved);
  showSavedRef.current = showSaved;
  const onPlanChanged = useCallback(() => {
    showSavedRef.current().catch((e: unknown) => setNotice({ kind: 'error', text: `标点已修正，但没能重新读取正文：${errorMessage(e)}。请刷新页面后再编辑。` }));
  }, []);

  const restoreLocalCopy = () => {
    if (!offer) return;
    remount(offer.document, true);
    autosave.update(offer.document);
    setOffer(null);
    setNotice({ kind: 'success', text: '已恢复未保存的内容，正在保存。' });
  };

  const discardLocalCopy = () => {
    // A copy written since (by edits on this page) is the current work: keep it.
    if (autosave.status.kind === 'saved') removeLocalCopy(plan.id);
    setOffer(null);
  };

  // Labels that name an entry alone (一、（二）3. where items restart), for lists beside the text.
  const labels = useMemo(() => pathLabels(withParents(structure), numberingMode), [structure, numberingMode]);
  const levels = useMemo(() => new Map(structure.map((b) => [b.uid, b.level])), [structure]);
  const tableData = useMemo(() => ({ targets: indicators.targets, error: indicators.error }), [indicators.targets, indicators.error]);
  const activeLevel: BlockKind | null = (activeUid ? levels.get(activeUid) : undefined) ?? (cursorInBody ? 0 : null);
  // The editor keeps an entry's object while it looks the same: the panel is drawn again only when its own block changes.
  const panelBlock = useMemo(() => (panelUid ? (blocks.find((b) => b.uid === panelUid) ?? null) : null), [blocks, panelUid]);
  // The 指标 of the panel's block know it by uid and number only: typing in its text leaves them as they are.
  const targetsUid = panelBlock?.uid;
  const targetsLabel = panelBlock?.label ?? '';
  const targetsItem = useMemo(() => (targetsUid === undefined ? null : { uid: targetsUid, label: targetsLabel }), [targetsUid, targetsLabel]);
  const itemTargets = useMemo(
    () =>
      targetsItem ? (
        <ItemTargets
          planId={plan.id}
          item={targetsItem}
          targets={indicators.targets}
          labels={labels}
          units={catalogue}
          savedVersion={indicators.savedVersion}
          ensureSaved={saveAll}
          onChanged={indicators.refresh}
        />
      ) : null,
    [plan.id, targetsItem, indicators.targets, labels, catalogue, indicators.savedVersion, saveAll, indicators.refresh],
  );

  return (
    <div className="plan-workspace">
      <PlanTitleBar
        plan={plan}
        saveStatus={autosave.status}
        onRetrySave={onRetrySave}
        onEditInfo={onEditInfo}
        onDelete={onDelete}
        onBeforeExport={onBeforeExport}
        onPlanChanged={onPlanChanged}
      />

      {offer ? (
        <Banner
          kind="info"
          actions={
            <>
              <button type="button" className="button button-small button-primary" onClick={restoreLocalCopy}>
                恢复未保存的内容
              </button>
              <button type="button" className="button button-small" onClick={discardLocalCopy}>
                丢弃
              </button>
            </>
          }
        >
          这份工作要点有 {formatDateTime(offer.savedAt)} 编辑、尚未保存的内容。恢复后将替换当前显示的正文并自动保存。
        </Banner>
      ) : null}
      {notice ? (
        <Banner kind={notice.kind} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Banner>
      ) : null}

      <PlanToolbar
        activeLevel={activeLevel}
        numberingMode={numberingMode}
        numberingBusy={numberingBusy}
        onLevel={onLevel}
        onCommand={onCommand}
        onNumberingMode={onNumberingMode}
        onSaveVersion={onSaveVersion}
        onShowVersions={onShowVersions}
        onInsertTable={onInsertTable}
      />

      <div className="plan-panes">
        <OutlinePane blocks={blocks} marks={indicators.marks} activeUid={activeUid} onActivate={onActivate} onMove={onMove} />
        <div className="plan-desk-wrap">
          <div className="plan-desk">
            <article className="plan-sheet" aria-label="正文">
              <div className="sheet-title" aria-hidden="true">
                {plan.title}
              </div>
              <div className="sheet-body" ref={editorBoxRef}>
                <IndicatorTableDataContext.Provider value={tableData}>
                  <PlanEditor
                    key={mounted.key}
                    ref={editorRef}
                    initialDocument={mounted.document ?? null}
                    numberingMode={numberingMode}
                    focusUid={focusUid}
                    focusBlock={focusBlock}
                    onDocumentChange={onDocumentChange}
                    onBlocksChange={onBlocksChange}
                    onActiveBlockChange={onActiveBlockChange}
                    onNotice={onNotice}
                    onBlur={onBlur}
                  />
                </IndicatorTableDataContext.Provider>
              </div>
            </article>
          </div>
          {deleted.question ? <DeletedItemsQuestion question={deleted.question} labels={labels} onAnswer={deleted.answer} onUndo={() => editor()?.undo()} /> : null}
        </div>
        <ItemPanel
          block={panelBlock}
          catalogue={catalogue}
          year={plan.year}
          onUnits={onUnits}
          onDeadline={onDeadline}
          targets={itemTargets}
        />
      </div>

      {open === 'info' ? (
        <PlanInfoDialog
          plan={plan}
          onClose={() => setOpen(null)}
          onSaved={(p) => {
            // The document stays the editor's: only the facts of the title line change.
            setPlan((current) => ({ ...current, title: p.title, year: p.year, kind: p.kind, organ: p.organ, status: p.status, updatedAt: p.updatedAt }));
            setOpen(null);
          }}
        />
      ) : null}
      {open === 'saveVersion' ? <SaveVersionDialog planId={plan.id} onSave={saveVersion} onClose={() => setOpen(null)} /> : null}
      {open === 'versions' ? <VersionsDialog planId={plan.id} onRestore={restoreVersion} onClose={() => setOpen(null)} /> : null}
      {open === 'delete' ? (
        <ConfirmDialog
          title="删除工作要点"
          confirmLabel="移到回收站"
          busyLabel="正在删除…"
          danger
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await autosave.flush();
            await call('plans.delete', { id: plan.id });
            navigate(paths.plans());
          }}
        >
          <p>
            确定要删除“<strong>{plan.title}</strong>”吗？
          </p>
          <p className="muted">
            删除后它会移到回收站，保留 {TRASH_RETENTION_DAYS} 天，期间可以随时恢复；{TRASH_RETENTION_DAYS} 天后将被彻底删除。
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
