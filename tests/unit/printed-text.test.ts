/** Text extracted from the source PDFs, as the source pages show it. */
import { describe, expect, it } from 'vitest';
import { printedText } from '../../src/render/pages/source';

describe('printedText', () => {
  it('shows the Symbol font’s private-use bullet as a bullet', () => {
    expect(printedText('\uF0B7 SEC Appendix Z - CPL Requirements Document')).toBe('\u2022 SEC Appendix Z - CPL Requirements Document');
  });

  it('leaves every other character as extracted', () => {
    const text = 'SECMP0023: “Correct Units of Measure”; and – 5.0 \u00a0\t\n';
    expect(printedText(text)).toBe(text);
  });
});
