// Which service answers which method. Inputs arrive already validated by the dispatcher.
import type { DocumentLike } from '../../shared/outline/document';
import type { Services } from '../services/index';
import type { Handlers } from './dispatcher';

export function createHandlers(s: Services): Handlers {
  return {
    'app.info': () => s.info(),
    'plans.list': () => s.plans.list(),
    'plans.get': ({ id }) => s.plans.get(id),
    'plans.create': (input) => s.plans.create(input),
    'plans.rename': ({ id, title }) => s.plans.rename(id, title),
    'plans.update': ({ id, ...fields }) => s.plans.update(id, fields),
    'plans.delete': ({ id }) => s.plans.delete(id),
    'plans.trash': () => s.plans.trash(),
    'plans.restore': ({ id }) => s.plans.restore(id),
    'plans.purge': ({ id }) => s.plans.purge(id),
    'plans.saveDocument': ({ id, document, numberingMode }) => {
      const outline = s.outline.save(id, document as DocumentLike, numberingMode);
      s.pdf.planSaved(id); // an open preview follows the save
      return outline;
    },
    'plans.setNumberingMode': ({ id, numberingMode }) => s.outline.setNumberingMode(id, numberingMode),
    'outline.list': ({ id }) => s.outline.list(id),
    'units.list': () => s.outline.unitNames(),
    'revisions.save': ({ id, name }) => s.outline.saveRevision(id, name),
    'revisions.list': ({ id }) => s.outline.listRevisions(id),
    'revisions.restore': ({ id, revisionId }) => s.outline.restoreRevision(id, revisionId),
    'export.settings.get': ({ id }) => s.exporter.setup(id),
    'export.settings.set': ({ id, settings, notice }) => s.exporter.saveSetup(id, settings, notice),
    'export.checks': ({ id, settings, notice }) => s.exporter.checks(id, settings, notice),
    'export.docx': ({ id, settings }) => {
      const out = s.exporter.docx(id, settings);
      return { fileName: out.fileName, base64: Buffer.from(out.bytes).toString('base64'), checks: out.checks };
    },
    'export.fixPunctuation': ({ id }) => s.exporter.fixPunctuation(id),
    'export.fonts': ({ id, settings }) => s.pdf.fontCheck(id, settings),
    'export.pdf': async ({ id, settings }) => {
      const out = await s.pdf.pdf(id, settings);
      return { fileName: out.fileName, base64: Buffer.from(out.bytes).toString('base64'), pages: out.pages, fonts: out.fonts, checks: out.checks };
    },
    'export.preview': async ({ id, settings }) => {
      const out = await s.pdf.preview(id, settings);
      return { key: out.key, base64: Buffer.from(out.bytes).toString('base64'), pages: out.pages, fonts: out.fonts };
    },
    'targets.list': ({ planId }) => s.indicators.list(planId),
    'targets.get': ({ id }) => s.indicators.get(id),
    'targets.ofItem': ({ planId, itemUid }) => s.indicators.ofItem(planId, itemUid),
    'targets.unassigned': ({ planId }) => s.indicators.unassigned(planId),
    'targets.create': ({ planId, itemUids, ...fields }) => s.indicators.create(planId, fields, itemUids),
    'targets.update': ({ id, ...patch }) => s.indicators.update(id, patch),
    'targets.delete': ({ id }) => s.indicators.delete(id),
    'targets.link': ({ targetId, itemUid }) => s.indicators.link(targetId, itemUid),
    'targets.unlink': ({ targetId, itemUid }) => s.indicators.unlink(targetId, itemUid),
    'indicators.suggest': ({ planId, itemUid }) => s.suggestions.suggest(planId, itemUid),
    'indicators.accept': ({ planId, suggestions }) => s.suggestions.accept(planId, suggestions),
    'indicators.reject': ({ planId, itemUid, key }) => s.suggestions.reject(planId, itemUid, key),
    'indicators.rejected': ({ planId, itemUid }) => s.suggestions.rejected(planId, itemUid),
    'indicators.unreject': ({ planId, itemUid, key }) => s.suggestions.unreject(planId, itemUid, key),
    'indicators.outlineMarks': ({ planId }) => s.suggestions.outlineMarks(planId),
    'indicators.forItems': ({ planId, itemUids }) => s.indicators.forItems(planId, itemUids),
    'indicators.resolveItems': ({ planId, itemUids, decisions }) => s.indicators.resolveItems(planId, itemUids, decisions),
    'indicators.list': () => s.indicators.catalogue(),
    'indicators.history': ({ indicatorId }) => s.indicators.history(indicatorId),
    'indicators.exportXlsx': ({ planId }) => s.spreadsheets.exportTargets(planId),
    'indicators.importXlsx': ({ planId, data }) => s.spreadsheets.importTargets(planId, data),
    'progress.set': ({ via, ...input }) => s.progress.setValue(input, via),
    'progress.grid': ({ id, period }) => s.progress.grid(id, period),
    'progress.history': ({ targetId, period }) => s.progress.history(targetId, period),
    'progress.status': ({ id, date }) => s.progress.status(id, date),
    'progress.dashboard': ({ id, date }) => s.progress.dashboard(id, date),
    'progress.report': ({ id, date }) => s.progress.report(id, date),
    'progress.reportDocx': ({ id, date }) => {
      const out = s.progressReports.docx(id, date);
      return { fileName: out.fileName, base64: Buffer.from(out.bytes).toString('base64') };
    },
    'progress.reportPdf': async ({ id, date }) => {
      const out = await s.progressReports.pdf(id, date);
      return { fileName: out.fileName, base64: Buffer.from(out.bytes).toString('base64'), pages: out.pages };
    },
    'progress.settings': () => ({ lagTolerance: s.progress.lagTolerance() }),
    'progress.saveSettings': ({ lagTolerance }) => s.progress.saveLagTolerance(lagTolerance),
    'progress.exportSheet': ({ id, unit, period }) => s.progressSheets.exportSheet(id, unit, period),
    'progress.importSheet': ({ id, fileName, data }) => s.progressSheets.importSheet(id, fileName, data),
    'import.preview': (input) => s.importFlow.preview(input),
    'import.commit': (input) => s.importFlow.commit(input),
    'carry-forward.run': ({ id }) => s.carryForward.carryForward(id),
  };
}
