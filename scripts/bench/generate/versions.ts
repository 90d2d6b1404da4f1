/**
 * SEC versions: the designations that changed the code.
 *
 * About one designation for every fifty modifications, effective before the as-of date and
 * numbered as the SEC numbers them (1.0, 1.1, ... 1.10, 2.0), so that ids such as 1.10 test
 * that version numbers stay text all the way from the file to the page.
 */
import { addDays, daysBetween, formatDay } from '../../../src/domain/dates';
import { versionChangeKinds, versionChangeLabels } from '../../../src/domain/vocabulary';
import type { Context, VersionInput } from './context';

/** The day the first generated designation may take effect. */
const FIRST_EFFECTIVE = '2013-09-23';

/** The versions of the register, in order of their effective dates. */
export function versions(ctx: Context): VersionInput[] {
  const { rng, asOf, citations } = ctx;
  const count = Math.max(1, Math.round(ctx.n / 50));
  const span = daysBetween(FIRST_EFFECTIVE, asOf) - 1;
  const result: VersionInput[] = [];
  let major = 1;
  let minor = 0;
  for (let k = 0; k < count; k++) {
    const id = `${major}.${minor}`;
    const effective = addDays(FIRST_EFFECTIVE, Math.floor(((k + rng.float() * 0.9) / count) * span));
    const changes: VersionInput['changes'] = Array.from({ length: rng.int(1, 3) }, () => {
      const doc = rng.chance(0.85) ? rng.pick(ctx.nonSystems) : undefined;
      const kind = rng.pick(versionChangeKinds);
      const what = versionChangeLabels[kind].toLowerCase();
      return {
        kind,
        ...(doc ? { document: doc.id } : {}),
        detail: doc ? `${doc.name} ${what}.` : `Subsidiary Documents ${what}.`,
        sources: citations.cite('version'),
      };
    });
    const designatedBy = rng.chance(0.8) ? 'The Secretary of State (SoS)' : null;
    result.push({
      id,
      title: `SEC Version ${id} Designation`,
      effective,
      designatedBy,
      instrument: 'Direction letter',
      summary: `The Secretary of State designated changes to the SEC via a direction letter with an effective date of ${formatDay(effective)}.`,
      changes,
      ...(rng.chance(0.4)
        ? { links: [{ title: `Direction letter for SEC ${id}`, url: `https://www.smartenergycodecompany.co.uk/sec/versions/${id}/direction.pdf`, sources: citations.cite('version') }] }
        : {}),
      sources: citations.cite('version'),
      ...(designatedBy && rng.chance(0.1)
        ? {
            discrepancies: [
              {
                about: 'designatedBy',
                readings: [
                  { value: designatedBy, sources: citations.cite('version') },
                  { value: 'BEIS', sources: citations.cite('version') },
                ],
                shown: 0,
                why: 'The direction letter is signed on behalf of the Secretary of State.',
              },
            ],
          }
        : {}),
    });
    // A new major version now and then: 1.0, 1.1, ... 1.10, 2.0.
    if (rng.chance(0.08)) {
      major++;
      minor = 0;
    } else minor++;
  }
  return result;
}
