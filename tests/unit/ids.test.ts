import { describe, expect, it } from 'vitest';
import {
  modificationAliases,
  modificationId,
  modificationNumber,
  modificationSpellings,
  parseModificationNumber,
} from '../../src/domain/ids';

describe('modification numbers', () => {
  it('converts between ids and numbers', () => {
    expect(modificationNumber('SECMP0023')).toBe(23);
    expect(modificationId(23)).toBe('SECMP0023');
    expect(() => modificationNumber('MP23')).toThrow();
  });

  it.each(['SECMP0023', 'secmp23', 'SECMP023', 'MP023', 'MP23', 'mp 23', 'mod 23', 'Modification 23', '23', '0023', 'SECMP-23', '#23'])(
    'reads %s as 23',
    (text) => expect(parseModificationNumber(text)).toBe(23),
  );

  it.each(['gas flow', 'SECMP', '', 'MP23 firmware', '0', '12345'])('does not read %j as a number', (text) => {
    expect(parseModificationNumber(text)).toBeNull();
  });

  it('gives each modification its short redirecting addresses, without duplicates', () => {
    expect(modificationAliases('SECMP0023')).toEqual(['mp23', 'mp023', 'secmp23', 'secmp023']);
    expect(modificationAliases('SECMP0123')).toEqual(['mp123', 'secmp123']);
  });

  it('lists the spellings a search should match', () => {
    expect(modificationSpellings('SECMP0023')).toEqual(
      expect.arrayContaining(['SECMP0023', 'SECMP23', 'MP23', 'MP023', '0023', '23', 'SECMP-23']),
    );
  });
});
