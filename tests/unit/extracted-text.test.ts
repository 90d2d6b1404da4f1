/** Text extracted from the source PDFs, as the source pages show it. */
import { describe, expect, it } from 'vitest';
import { readableExtraction } from '../../src/render/extracted-text';

describe('readableExtraction', () => {
  it('shows the Symbol font’s private-use bullet as a bullet', () => {
    expect(readableExtraction('\uF0B7 SEC Appendix Z - CPL Requirements Document')).toBe('\u2022 SEC Appendix Z - CPL Requirements Document');
  });

  it('leaves every other character as extracted', () => {
    const text = 'SECMP0023: “Correct Units of Measure”; and – 5.0 \u00a0\t\n';
    expect(readableExtraction(text)).toBe(text);
  });
});
