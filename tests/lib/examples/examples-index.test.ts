import { describe, expect, it } from 'vitest';
import { exampleExists, loadExample, readIndex, readExampleText } from './example-files';

const index = readIndex();

describe('static/scenarios/index.json', () => {
  it('lists the examples of cases 1, 2, 6, 7 and 8 in that order', () => {
    expect(index.schemaVersion).toBe(1);
    expect(index.examples.map((e) => e.id)).toEqual(['case-1', 'case-2', 'case-6', 'case-7', 'case-8']);
  });

  it('names for every example a file that exists and is called after its id', () => {
    for (const e of index.examples) {
      expect(e.file, e.id).toBe(`${e.id}.json`);
      expect(exampleExists(e.file), e.file).toBe(true);
    }
  });

  it('lists each example with exactly the id, file, name and summary fields', () => {
    for (const e of index.examples)
      expect(Object.keys(e).sort(), e.id).toEqual(['file', 'id', 'name', 'summary']);
  });

  it('gives each example the same id and the same Dutch and English name as its scenario file', () => {
    for (const e of index.examples) {
      const s = loadExample(e.file);
      expect(s.id, e.file).toBe(e.id);
      expect(s.name, e.file).toEqual(e.name);
    }
  });

  it('gives each example a one-sentence summary in Dutch and in English', () => {
    for (const e of index.examples) {
      for (const lang of ['nl', 'en'] as const) {
        const text = e.summary[lang];
        expect(text, `${e.id} ${lang}`).toMatch(/^[A-Z].*\.$/s);
        // One sentence: no full stop followed by a new sentence inside it.
        expect(text.slice(0, -1), `${e.id} ${lang}`).not.toMatch(/[.!?]\s+[A-Z]/);
        expect(text.length).toBeLessThan(300);
      }
      expect(e.summary.nl).not.toBe(e.summary.en);
    }
  });

  it('is formatted as the other JSON files (two-space indentation, final newline)', () => {
    const text = readExampleText('index.json');
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 1,');
    expect(text.endsWith('}\n')).toBe(true);
  });
});
