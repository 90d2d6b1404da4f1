/**
 * Integrity checks across content files: the rules no single file's schema can see. Each rule
 * is a small named check in this folder that yields its problems; every check runs on every
 * build and in `npm test`, and every problem is returned, not just the first, each naming its
 * file and field.
 */
import type { RawContent } from '../../schemas/content';
import type { Problem } from '../problems';
import { checkCitations, checkDiscrepancies } from './citations';
import { integrityContext, type Check, type ContextOptions } from './context';
import { checkDateRange } from './dates';
import { checkHistories } from './histories';
import { checkIds } from './ids';
import { checkLinks } from './links';
import { checkDesignationsInEffect, checkMeetingsHeld } from './meetings';
import { checkMeetingReferences, checkModificationReferences, checkVersionReferences } from './references';
import { warnUnrecordedOutcomes } from './outcomes';
import { checkReleases } from './releases';
import { checkSources } from './sources';

/** Every check, in the order its problems are listed. */
export const checks: Readonly<Record<string, Check>> = {
  sources: checkSources,
  dateRange: checkDateRange,
  ids: checkIds,
  citations: checkCitations,
  links: checkLinks,
  discrepancies: checkDiscrepancies,
  modificationReferences: checkModificationReferences,
  histories: checkHistories,
  releases: checkReleases,
  versionReferences: checkVersionReferences,
  designationsInEffect: checkDesignationsInEffect,
  meetingReferences: checkMeetingReferences,
  meetingsHeld: checkMeetingsHeld,
};

/** Every warning: what an editor should know, which never fails a build. */
export const warningChecks: Readonly<Record<string, Check>> = {
  unrecordedOutcomes: warnUnrecordedOutcomes,
};

/** Runs every warning check over the content. */
export function integrityWarnings(content: RawContent, options: ContextOptions = {}): Problem[] {
  const context = integrityContext(content, options);
  return Object.values(warningChecks).flatMap((check) => [...check(context)]);
}

/** Runs every check over the content. */
export function checkIntegrity(content: RawContent, options: ContextOptions = {}): Problem[] {
  const context = integrityContext(content, options);
  return Object.values(checks).flatMap((check) => [...check(context)]);
}

export { integrityContext, type Check, type IntegrityContext } from './context';
