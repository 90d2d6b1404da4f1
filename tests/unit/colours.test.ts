/**
 * The phase colours, read from the stylesheet: every phase stands at least 3:1 against the
 * background, and neighbouring phases (next to each other in the status report's order, as the
 * stacked bars and the progression timeline draw them) differ by at least 3:1 from each other,
 * in both themes, for normal colour vision and as readers with protanopia, deuteranopia and
 * tritanopia see them (Machado, Oliveira and Fernandes 2009, severity 1).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPhases } from '../../src/domain/vocabulary';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');

/** A token's light and dark values: `--p-imr: light-dark(#4c2581, #d1bdec);`. */
function token(name: string): { light: string; dark: string } {
  const m = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{3}|#[0-9a-f]{6}),\\s*(#[0-9a-f]{3}|#[0-9a-f]{6})\\)`, 'i').exec(css);
  if (!m) throw new Error(`no light-dark() value for --${name} in tokens.css`);
  return { light: m[1] as string, dark: m[2] as string };
}

/** Each phase's colour token, read from the stylesheet's `[data-phase]` rules. */
function phaseToken(phase: string): string {
  const m = new RegExp(`\\[data-phase="${phase}"\\][^{]*\\{\\s*--phase:\\s*var\\(--([a-z-]+)\\)`).exec(css);
  if (!m) throw new Error(`no colour for phase ${phase}`);
  return m[1] as string;
}

type Rgb = readonly [number, number, number];
const linear = (hex: string): Rgb => {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  const n = Number.parseInt(digits, 16);
  return [n >> 16, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
};
const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const contrast = (a: Rgb, b: Rgb) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

const vision: Record<string, readonly (readonly number[])[] | null> = {
  'normal vision': null,
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, -0.691367, 1.684634]],
};
const seen = (rgb: Rgb, matrix: readonly (readonly number[])[] | null): Rgb =>
  matrix ? (matrix.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2]))) as unknown as Rgb) : rgb;

describe.each(['light', 'dark'] as const)('the phase colours in the %s theme', (theme) => {
  const background = linear(token('bg')[theme]);
  const colours = openPhases.map((phase) => ({ phase, rgb: linear(token(phaseToken(phase))[theme]) }));
  const all = ['implemented', 'rejected', 'withdrawn'].map((phase) => ({ phase, rgb: linear(token(phaseToken(phase))[theme]) }));

  it.each(Object.entries(vision))('stand 3:1 against the background and their neighbours, with %s', (_, matrix) => {
    const bg = seen(background, matrix);
    for (const c of [...colours, ...all]) expect(contrast(seen(c.rgb, matrix), bg), `${c.phase} against the background`).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < colours.length; i++) {
      const [a, b] = [colours[i - 1]!, colours[i]!];
      expect(contrast(seen(a.rgb, matrix), seen(b.rgb, matrix)), `${a.phase} beside ${b.phase}`).toBeGreaterThanOrEqual(3);
    }
  });
});
