/**
 * The register and its views: every modification, and the modifications in a phase, allocated
 * to a working group, targeted for a release, or impacting a document.
 */
import { modificationId } from '../../domain/ids';
import { phases, refinementStages, stageLabels, phaseLabels, type Phase } from '../../domain/vocabulary';
import { allocatedTo, impacting, targeting } from '../../register/relations';
import { inPhase } from '../../register/status';
import type { Register } from '../../register/types';
import { registerRowsHtml } from '../tables';
import { urls } from '../urls';

/** A view's link with its count: "Refinement (17)". */
export interface ViewLink {
  readonly href: string;
  readonly label: string;
  readonly count: number;
}

export function registerPage(register: Register) {
  const numbers = new Set(register.modifications.map((m) => m.number));
  const highest = Math.max(0, ...numbers);
  return {
    rows: registerRowsHtml(register, register.modifications),
    count: register.modifications.length,
    byPhase: phases.map((p) => ({ href: urls.modificationsByPhase(p), label: phaseLabels[p], count: inPhase(register, p).length })),
    byWorkingGroup: register.workingGroups.map((w) => ({ href: urls.modificationsByWorkingGroup(w.id), label: w.abbreviation, count: allocatedTo(register, w.id).length })),
    byRelease: register.releases.map((r) => ({ href: urls.modificationsByRelease(r.id), label: r.name.replace(' SEC Release', ''), count: targeting(register, r.id).length })),
    byDocument: register.documents
      .filter((d) => impacting(register, d.id).length > 0)
      .map((d) => ({ href: urls.modificationsByDocument(d.id), label: d.name, count: impacting(register, d.id).length })),
    /** The numbers below the highest that the sources never name: "SECMP0001, SECMP0014". */
    gaps: Array.from({ length: highest }, (_, i) => i + 1).filter((n) => !numbers.has(n)).map(modificationId),
  };
}

/** The modifications in a phase; Refinement split by stage. */
export function phaseView(register: Register, phase: Phase) {
  const list = inPhase(register, phase);
  return {
    count: list.length,
    rows: registerRowsHtml(register, list),
    stages:
      phase === 'refinement'
        ? refinementStages.map((stage) => {
            const inStage = list.filter((m) => m.state.stage === stage);
            return { stage, label: stageLabels[stage], count: inStage.length, rows: registerRowsHtml(register, inStage) };
          })
        : [],
  };
}

/** The modifications allocated to a working group. */
export function workingGroupView(register: Register, group: string) {
  const list = allocatedTo(register, group);
  return { group: register.workingGroup(group), count: list.length, rows: registerRowsHtml(register, list) };
}

/** The modifications targeted for a release. */
export function releaseView(register: Register, release: string) {
  const list = targeting(register, release);
  return { release: register.release(release), count: list.length, rows: registerRowsHtml(register, list) };
}

/** The modifications whose release contents name a document as impacted. */
export function documentView(register: Register, document: string) {
  const list = impacting(register, document);
  return { document: register.document(document), count: list.length, rows: registerRowsHtml(register, list) };
}

export type RegisterPage = ReturnType<typeof registerPage>;
