import { describe, expect, it } from 'vitest';
import { eventSites, stepSites } from '../../../src/lib/model/quantity-fields';
import { loadAllExamples, textIn } from './example-files';

const examples = loadAllExamples();

describe('provenance of the example scenarios', () => {
  it('gives every parameter in every example a source or marks it as an assumption', () => {
    const missing: string[] = [];
    for (const { entry, scenario } of examples) {
      for (const p of scenario.parameters) {
        const hasSource = typeof p.source === 'string' && p.source.trim().length > 0;
        if (!hasSource && p.assumption !== true) missing.push(`${entry.id}: ${p.id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives every parameter a source, a year, a unit and an explicit assumption flag', () => {
    for (const { entry, scenario } of examples) {
      for (const p of scenario.parameters) {
        const at = `${entry.id}: ${p.id}`;
        expect(p.source, at).toBeTruthy();
        expect(p.year, at).toBeTypeOf('number');
        expect(p.unit, at).toBeTruthy();
        expect(p.assumption, at).toBeTypeOf('boolean');
      }
    }
  });

  it('marks a parameter whose source says "Assumption" as an assumption', () => {
    for (const { entry, scenario } of examples) {
      for (const p of scenario.parameters) {
        if (/^Assumption\b/.test(p.source ?? '')) expect(p.assumption, `${entry.id}: ${p.id}`).toBe(true);
      }
    }
  });

  it("quotes the report for every number taken from it (source 'Report ...' with a «quote»)", () => {
    for (const { entry, scenario } of examples) {
      const fromReport = scenario.parameters.filter((p) => /^Report\b/.test(p.source ?? ''));
      expect(fromReport.length, entry.id).toBeGreaterThan(0);
      for (const p of fromReport) expect(p.source, `${entry.id}: ${p.id}`).toMatch(/«[^»]+»/);
    }
  });

  it('gives every euro amount a price year and names where a non-assumed price comes from', () => {
    for (const { entry, scenario } of examples) {
      for (const p of scenario.parameters.filter((x) => /EUR/.test(x.unit ?? ''))) {
        const at = `${entry.id}: ${p.id}`;
        expect(p.year, at).toBeGreaterThanOrEqual(2019);
        if (!p.assumption) {
          expect(p.source, at).toMatch(/^(Report|Kostenhandleiding|Bollenstreek|Regional tariff|Derived)/);
        }
      }
    }
  });

  it('indexes Kostenhandleiding prices from 2022 to 2024 euros with the CPI factor 1.073', () => {
    for (const { entry, scenario } of examples) {
      const cpi = scenario.parameters.find((p) => p.id === 'cpi_2022_2024');
      const kh = scenario.parameters.filter((p) =>
        /^Kostenhandleiding 2024 \(Zorginstituut/.test(p.source ?? ''),
      );
      if (kh.length === 0) continue;
      expect(cpi?.value, entry.id).toBe(1.073);
      for (const p of kh) {
        expect(p.year, `${entry.id}: ${p.id}`).toBe(2022);
        const indexed = scenario.parameters.filter(
          (q) =>
            typeof q.value === 'object' &&
            'formula' in q.value &&
            q.value.formula === `${p.id} * cpi_2022_2024`,
        );
        expect(indexed.length, `${entry.id}: ${p.id} has a 2024 version`).toBe(1);
        expect(indexed[0]!.year).toBe(2024);
      }
    }
  });

  it('gives every step and every risk event a source', () => {
    for (const { entry, scenario } of examples) {
      for (const { step, path } of stepSites(scenario))
        expect(step.source, `${entry.id}: ${path}`).toBeTruthy();
      for (const { event, path } of eventSites(scenario))
        expect(event.source, `${entry.id}: ${path}`).toBeTruthy();
    }
  });

  it('names the report section and tells in Dutch and English what is from the report and what is assumed', () => {
    for (const { entry, scenario } of examples) {
      const n = entry.id.replace('case-', '');
      expect(scenario.source, entry.id).toMatch(new RegExp(`Casus ${n} «`));
      for (const lang of ['nl', 'en'] as const) {
        expect(textIn(scenario.narrative, lang).length, `${entry.id} narrative ${lang}`).toBeGreaterThan(200);
        expect(textIn(scenario.description, lang).length, `${entry.id} description ${lang}`).toBeGreaterThan(
          200,
        );
      }
      expect(textIn(scenario.description, 'en'), entry.id).toMatch(
        /from the report|report’s own figures|report's own figures/i,
      );
      expect(textIn(scenario.description, 'en'), entry.id).toMatch(/assumption/);
      expect(textIn(scenario.description, 'nl'), entry.id).toMatch(/aanname/);
    }
  });

  it('labels every parameter, step, event and branch in Dutch and English', () => {
    for (const { entry, scenario } of examples) {
      const labels = [
        ...scenario.parameters.map((p) => ({ at: p.id, label: p.label })),
        ...stepSites(scenario).map(({ step, path }) => ({ at: path, label: step.label })),
        ...eventSites(scenario).map(({ event, path }) => ({ at: path, label: event.label })),
        ...(['pilot', 'reference'] as const).flatMap((id) =>
          scenario.paths[id].branches.map((b) => ({ at: `${id}.${b.id}`, label: b.label })),
        ),
      ];
      for (const { at, label } of labels) {
        expect(textIn(label, 'nl'), `${entry.id}: ${at}`).toBeTruthy();
        expect(textIn(label, 'en'), `${entry.id}: ${at}`).toBeTruthy();
      }
    }
  });
});
