import { describe, expect, it } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_DEPTH,
  MAX_PROBLEMS_SHOWN,
} from '../../../src/lib/exchange/import-limits';
import {
  readImport,
  type ImportResult,
  type ImportRefused,
  type ImportRead,
} from '../../../src/lib/exchange/read-import';
import { asFile, smallDocument, textFile } from './documents';

type Doc = ReturnType<typeof smallDocument> & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function refused(r: ImportResult): ImportRefused {
  if (r.ok) throw new Error('expected the file to be refused');
  return r;
}
function read(r: ImportResult): ImportRead {
  if (!r.ok) throw new Error(`expected the file to be read: ${JSON.stringify(r)}`);
  return r;
}
const lines = (r: ImportRefused) => r.problems.map((p) => `${p.path}: ${p.message}`);
const broken = (change: (d: Doc) => void): ImportRefused => {
  const d = smallDocument() as Doc;
  change(d);
  return refused(readImport(...asFile(d)));
};

describe('readImport: a valid file', () => {
  it('reads a bare scenario document as one scenario with defaults filled in', () => {
    const r = read(readImport(...asFile(smallDocument())));
    expect(r.kind).toBe('scenario');
    expect(r.scenarios).toHaveLength(1);
    expect(r.scenarios[0]!.id).toBe('small');
    expect(r.scenarios[0]!.settings.horizonMonths).toBe(60);
    expect(r.migratedFrom).toBeNull();
  });

  it('skips a UTF-8 byte order mark', () => {
    const [text, bytes] = asFile(smallDocument());
    expect(read(readImport(`\ufeff${text}`, bytes + 3)).scenarios).toHaveLength(1);
  });
});

describe('readImport: size, emptiness and binary content (bad-inputs I2)', () => {
  it('refuses a 0-byte file as empty', () => {
    expect(refused(readImport('', 0)).reason).toEqual({ kind: 'empty' });
  });

  it('refuses a file of only spaces as empty', () => {
    expect(refused(readImport('  \n ', 4)).reason).toEqual({ kind: 'empty' });
  });

  it('refuses a file over the limit by its size alone, without looking at the text', () => {
    const r = refused(readImport('not even looked at', MAX_IMPORT_BYTES + 1));
    expect(r.reason).toEqual({ kind: 'too-big', bytes: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES });
  });

  it('refuses binary data (a PNG renamed .json) as binary, not as a JSON typing error', () => {
    const png = '\ufffdPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR';
    expect(refused(readImport(png, 16)).reason).toEqual({ kind: 'binary' });
  });

  it('refuses bytes that were not UTF-8 (decoded as U+FFFD) as binary', () => {
    expect(refused(readImport('\ufffd\ufffd\ufffdPK', 7)).reason).toEqual({ kind: 'binary' });
  });

  it('refuses text that is not JSON with the parser’s own words', () => {
    const r = refused(readImport(...textFile('{"schemaVersion": 1, "id": ')));
    expect(r.reason.kind).toBe('not-json');
    expect((r.reason as { detail: string }).detail).toMatch(/JSON/);
  });
});

describe('readImport: nesting depth (bad-inputs I3)', () => {
  it('refuses 200,000-deep nested arrays as too deeply nested; no RangeError escapes', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    let r: ImportResult | undefined;
    expect(() => (r = readImport(...textFile(deep)))).not.toThrow();
    expect(refused(r!).reason).toEqual({ kind: 'too-deep', limit: MAX_IMPORT_DEPTH });
  });

  it('refuses deep objects too, and an unterminated deep file before parsing it', () => {
    expect(refused(readImport(...textFile('{"a":'.repeat(100_000)))).reason.kind).toBe('too-deep');
  });

  it('does not count brackets inside strings', () => {
    const d = smallDocument();
    d.name = `${'[{'.repeat(500)} \\" ${'['.repeat(100)}`;
    expect(read(readImport(...asFile(d))).scenarios[0]!.name).toBe(d.name);
  });
});

describe('readImport: prototype keys (bad-inputs I1)', () => {
  it('refuses "__proto__" as an unknown key, and Object.prototype stays clean', () => {
    const text = JSON.stringify(smallDocument()).replace(/^\{/, '{"__proto__":{"polluted":1},');
    const r = refused(readImport(...textFile(text)));
    expect(r.reason.kind).toBe('invalid');
    expect(lines(r)).toContain('__proto__: unknown field "__proto__": not allowed in a PathCost file');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses "constructor": {"prototype": ...} anywhere, with its path', () => {
    const text = JSON.stringify(smallDocument()).replace(
      '"id":"team"',
      '"constructor":{"prototype":{"polluted":2}},"id":"team"',
    );
    const r = refused(readImport(...textFile(text)));
    expect(r.problems.map((p) => p.path)).toEqual(['paths.pilot.steps[0].constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('readImport: values (bad-inputs I4), each error at its path', () => {
  it('1e999 (Infinity)', () => {
    const text = JSON.stringify(smallDocument()).replace('"oneOffCost":5000', '"oneOffCost":1e999');
    const r = refused(readImport(...textFile(text)));
    expect(lines(r)).toEqual([
      'paths.pilot.steps[0].oneOffCost: the number is too large (it reads as infinity); give a finite number',
    ]);
  });

  it('a negative cost', () => {
    const r = broken((d) => (d.paths.pilot.steps[0].oneOffCost = -5));
    expect(lines(r)).toEqual(['paths.pilot.steps[0].oneOffCost: must not be negative']);
  });

  it('a probability of 1.5 (on a step and on a branch)', () => {
    expect(lines(broken((d) => (d.paths.pilot.events[0].probability = 1.5)))).toEqual([
      'paths.pilot.events[0].probability: must be between 0 and 1',
    ]);
    const r = broken((d) => {
      d.paths.reference.branches[1].probability = 1.5;
      d.paths.reference.branches[0].probability = -0.5;
    });
    expect(lines(r)).toContain('paths.reference.branches[1].probability: must be between 0 and 1');
  });

  it('a probability written as the text "0.5"', () => {
    const r = broken((d) => (d.paths.pilot.events[0].probability = '0.5'));
    expect(lines(r)).toEqual([
      'paths.pilot.events[0].probability: is the text "0.5", not a number: write the number without quotes',
    ]);
  });
});

describe('readImport: branch sums (bad-inputs I5)', () => {
  const off = (d: Doc) => (d.paths.reference.branches[1].probability = 0.37);

  it('refuses branch probabilities that add up to 0.97, saying the sum, and offers to scale them', () => {
    const r = broken(off);
    expect(lines(r)).toEqual(['paths.reference.branches: branch probabilities add up to 0.97, not 1']);
    expect(r.reason).toEqual({ kind: 'invalid', canNormalise: true });
  });

  it('scales them only when asked, and says where', () => {
    const d = smallDocument() as Doc;
    off(d);
    const r = read(readImport(...asFile(d), { normaliseBranches: true }));
    const branches = r.scenarios[0]!.paths.reference.branches;
    expect(branches.map((b) => b.probability)).toEqual([0.6186, 0.3814]);
    expect(r.normalised).toEqual(['paths.reference.branches']);
  });

  it('does not offer scaling for other problems', () => {
    expect(broken((d) => (d.paths.pilot.steps[0].oneOffCost = -1)).reason).toEqual({
      kind: 'invalid',
      canNormalise: false,
    });
  });
});

describe('readImport: references (bad-inputs I6) and ids (I7)', () => {
  it('lists the events of a cycle', () => {
    const r = broken((d) => (d.paths.reference.events[0].after = 'placement'));
    expect(lines(r)).toEqual([
      'paths.reference.events[0].after: event conditions form a cycle: ots -> placement -> ots',
    ]);
  });

  it('names a missing step', () => {
    const r = broken((d) => (d.paths.pilot.events[0].ends = ['nope']));
    expect(lines(r)).toEqual(['paths.pilot.events[0].ends[0]: unknown step "nope" on the pilot path']);
  });

  it('refuses duplicate step ids', () => {
    const r = broken((d) => (d.paths.pilot.steps[1].id = 'team'));
    expect(lines(r)).toContain(
      'paths.pilot.steps[1].id: item id "team" is already used at paths.pilot.steps[0].id',
    );
  });
});

describe('readImport: the version first (bad-inputs I8)', () => {
  it('refuses schemaVersion 99 as made with a newer version, before looking at anything else', () => {
    const d = { ...smallDocument(), schemaVersion: 99, paths: 'anything a later version may mean' };
    expect(refused(readImport(...asFile(d))).reason).toEqual({
      kind: 'newer-version',
      version: 99,
      supported: 1,
    });
  });

  it('refuses a missing or non-numeric schemaVersion', () => {
    const { schemaVersion: _, ...d } = smallDocument();
    expect(refused(readImport(...asFile(d))).reason).toEqual({ kind: 'no-version' });
    expect(refused(readImport(...asFile({ ...d, schemaVersion: '1' }))).reason).toEqual({
      kind: 'no-version',
    });
  });

  it('refuses version 0 (never written), and reads version 1', () => {
    expect(refused(readImport(...asFile({ ...smallDocument(), schemaVersion: 0 }))).reason).toEqual({
      kind: 'unknown-version',
      version: 0,
    });
    expect(read(readImport(...asFile(smallDocument()))).scenarios).toHaveLength(1);
  });
});

describe('readImport: unknown fields (bad-inputs I9)', () => {
  it('refuses "notes2" with a readable message at its path, not dropping it silently', () => {
    expect(lines(broken((d) => (d.notes2 = 'x')))).toEqual([
      'notes2: unknown field "notes2": not part of the PathCost format (check its spelling, or remove it)',
    ]);
    expect(lines(broken((d) => (d.paths.pilot.steps[1].notes2 = 'x')))[0]).toMatch(
      /^paths\.pilot\.steps\[1\]\.notes2: unknown field "notes2"/,
    );
  });
});

describe('readImport: many problems (bad-inputs I10)', () => {
  it('shows the first 20 of 5,000 problems and counts them all, quickly', () => {
    const d = smallDocument() as Doc;
    d.paths.pilot.steps = Array.from({ length: 500 }, (_, i) => ({
      id: `s${i}`,
      label: 's',
      payer: 'municipality-youth',
      start: 'a',
      duration: 'b',
      oneOffCost: 'c',
      monthlyCost: 'd',
      hoursPerMonth: 'e',
      hourlyRate: 'f',
      probability: 'g',
      bad1: 1,
      bad2: 2,
      ignoreAgeLimit: 'h',
    }));
    const t0 = performance.now();
    const r = refused(readImport(...asFile(d)));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.problems).toHaveLength(MAX_PROBLEMS_SHOWN);
    expect(r.total).toBe(5000);
  });
});

describe('readImport: what is not a scenario', () => {
  it.each([['[1, 2]'], ['42'], ['"text"'], ['null'], ['{"hello": "world"}']])('%s', (text) => {
    expect(refused(readImport(...textFile(text))).reason).toEqual({ kind: 'not-a-scenario' });
  });

  it('names a format it does not know', () => {
    expect(refused(readImport(...asFile({ format: 'excel', schemaVersion: 1 }))).reason).toEqual({
      kind: 'unknown-format',
      format: 'excel',
    });
  });
});
