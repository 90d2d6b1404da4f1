/**
 * Every dynamic route's paths, in one module, so page files only say
 * `export async function getStaticPaths() { return routes.x(); }`. (Written as an arrow
 * function constant, getStaticPaths leaves Astro.props undefined in Astro 5.18.) Addresses
 * come from `src/lib/urls.ts`.
 */
import { modificationSlug } from '../lib/ids';
import { phases } from '../lib/phases';
import { getRegister } from './register';

export const routes = {
  /** `/modifications/secmp0023/` */
  async modifications() {
    const register = await getRegister();
    return register.modifications.map((m) => ({ params: { slug: modificationSlug(m.id) }, props: { id: m.id } }));
  },
  /** `/modifications/phase/refinement/`: every phase, including those with no modifications today. */
  async phaseViews() {
    return phases.map((phase) => ({ params: { phase }, props: { phase } }));
  },
  /** `/modifications/working-group/wg1/` */
  async workingGroupViews() {
    const register = await getRegister();
    return register.workingGroups.map((w) => ({ params: { group: w.id }, props: { id: w.id } }));
  },
  /** `/modifications/release/2018-02/` */
  async releaseViews() {
    const register = await getRegister();
    return register.releases.map((r) => ({ params: { release: r.id }, props: { id: r.id } }));
  },
  /** `/modifications/document/gbcs/` */
  async documentViews() {
    const register = await getRegister();
    return register.documents.map((d) => ({ params: { document: d.id }, props: { id: d.id } }));
  },
  /** `/releases/2018-02/` */
  async releases() {
    const register = await getRegister();
    return register.releases.map((r) => ({ params: { release: r.id }, props: { id: r.id } }));
  },
  /** `/versions/5.0/` */
  async versions() {
    const register = await getRegister();
    return register.versions.map((v) => ({ params: { version: v.id }, props: { id: v.id } }));
  },
  /** `/working-groups/wg1/` */
  async workingGroups() {
    const register = await getRegister();
    return register.workingGroups.map((w) => ({ params: { group: w.id }, props: { id: w.id } }));
  },
  /** `/documents/gbcs/` */
  async documents() {
    const register = await getRegister();
    return register.documents.map((d) => ({ params: { document: d.id }, props: { id: d.id } }));
  },
  /** `/sources/sec-update-2016-11-09/` */
  async sources() {
    const register = await getRegister();
    return register.sources.map((s) => ({ params: { source: s.id }, props: { id: s.id } }));
  },
  /** `/reports/2016-11/`: every month from the month of the first dated fact to the as-of month. */
  async reports() {
    // Imported here rather than at the top so that this route stays one self-contained addition.
    const { reportMonths } = await import('../lib/reports');
    const register = await getRegister();
    return reportMonths(register).map((month) => ({ params: { month }, props: { month } }));
  },
};
