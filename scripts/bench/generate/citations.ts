/**
 * Citations for generated facts.
 *
 * Every fact in the register cites a section of a source, and the linter checks that the
 * section exists. The generator only cites sections of the copied real sources, choosing for
 * each kind of fact the sections whose titles fit it, so the citations resolve and read
 * plausibly.
 */
import type { Basis } from './basis';
import type { Random } from './random';

/** A citation as the schemas define it. */
export interface Citation {
  source: string;
  section: string;
  locator?: string;
}

/** The kinds of fact that draw on different sections. */
export type Topic = 'modification' | 'release' | 'version' | 'meeting' | 'document';

/** Which section titles fit each kind of fact. */
const TOPIC_TITLES: Record<Topic, RegExp> = {
  modification: /modification|progress|highlight|summary/i,
  release: /release/i,
  version: /version|code update|designation/i,
  meeting: /highlight|modification|next meeting|governance/i,
  document: /release|code update/i,
};

/** Draws citations from the real sources' sections, topic by topic. */
export class Citations {
  private readonly pools: Record<Topic, Citation[]>;

  constructor(
    private readonly rng: Random,
    sections: Basis['sections'],
  ) {
    // Each topic cites the sections whose titles fit it, or any section where none does.
    const poolFor = (pattern: RegExp): Citation[] => {
      const fit = sections.filter((s) => pattern.test(s.title));
      return (fit.length > 0 ? fit : sections).map(({ source, section }) => ({ source, section }));
    };
    this.pools = {
      modification: poolFor(TOPIC_TITLES.modification),
      release: poolFor(TOPIC_TITLES.release),
      version: poolFor(TOPIC_TITLES.version),
      meeting: poolFor(TOPIC_TITLES.meeting),
      document: poolFor(TOPIC_TITLES.document),
    };
  }

  /** One or two citations on a topic, the first with a locator where one is given. */
  cite(topic: Topic, locator?: string): Citation[] {
    const pool = this.pools[topic];
    const c = { ...this.rng.pick(pool) };
    const first: Citation = locator ? { ...c, locator } : c;
    if (this.rng.chance(0.2)) {
      const second = this.rng.pick(pool);
      if (second.source !== first.source || second.section !== first.section) return [first, { ...second }];
    }
    return [first];
  }
}
