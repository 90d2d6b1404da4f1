/** What the page about the register lists from the content: every inference, and the old addresses answered. */
import { transitions } from '../../domain/phases';
import type { Register } from '../../register/types';
import { contactOf } from '../contact';
import { legacyTarget, printedSecWebsiteAddresses, secWebsiteModificationPath } from '../redirects';
import { urls } from '../urls';

export function aboutPage(register: Register) {
  const example = register.modifications[0];
  return {
    inferences: [
      ...register.modifications.flatMap((m) =>
        m.events.flatMap((e) => (e.inferred ? [{ href: urls.modification(m.id), name: m.id, what: transitions[e.kind].label, date: e.date, basis: e.inferred }] : [])),
      ),
      ...register.versions.flatMap((v) => (v.effectiveBasis ? [{ href: urls.version(v.id), name: `SEC ${v.id}`, what: 'effective date', date: null, basis: v.effectiveBasis }] : [])),
    ],
    addresses: printedSecWebsiteAddresses(register).map((address) => {
      const target = legacyTarget(register, address);
      return { address, href: target ? new URL(address).pathname.replace(/\/?$/, '/') : null, title: target?.title ?? null };
    }),
    exampleAddress: example ? secWebsiteModificationPath(example.number) : null,
    contact: contactOf(register),
  };
}

export type AboutPage = ReturnType<typeof aboutPage>;
