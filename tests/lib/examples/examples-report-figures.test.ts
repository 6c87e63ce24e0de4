import { describe, expect, it } from 'vitest';
import { describeDistribution } from '../../../src/lib/model/distribution-facts';
import { isDistribution, isFormula } from '../../../src/lib/model/quantity';
import { eventSites, stepSites } from '../../../src/lib/model/quantity-fields';
import type { Scenario } from '../../../src/lib/model/scenario';
import { loadExample } from './example-files';

/** The numbers the report states for each case, as the examples must carry them. */
const STATED: Record<string, Record<string, number>> = {
  'case-2': { cit_cost_report: 50000, n_children: 2, smi_days_per_week: 3 },
  'case-6': { admission_1_days: 7, admission_2_months: 1, ots_months_report: 6 },
  'case-7': { n_children: 3, smi_days_per_week: 3, smi_extension_months: 6 },
  'case-8': { n_professionals_start: 7, analysis_weeks: 8, n_adults_trauma: 2 },
};

const param = (s: Scenario, id: string) => s.parameters.find((p) => p.id === id);

/** Every formula written anywhere in a scenario. */
function formulasOf(s: Scenario): string[] {
  const out: string[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      for (const [k, v] of Object.entries(x)) {
        if (k === 'formula' && typeof v === 'string') out.push(v);
        else walk(v);
      }
    }
  };
  walk(s);
  return out;
}

describe("the report's own figures in the examples", () => {
  it.each(Object.keys(STATED))('%s carries the numbers the report states, sourced to the report', (id) => {
    const s = loadExample(`${id}.json`);
    for (const [pid, value] of Object.entries(STATED[id]!)) {
      const p = param(s, pid);
      expect(p, `${id}: ${pid}`).toBeDefined();
      expect(p!.value, `${id}: ${pid}`).toBe(value);
      expect(p!.assumption, `${id}: ${pid}`).toBe(false);
      expect(p!.source, `${id}: ${pid}`).toMatch(new RegExp(`^Report, Casus ${id.slice(5)}\\b`));
      // Used in a formula, not only listed.
      const used = formulasOf(s).some((f) => new RegExp(`\\b${pid}\\b`).test(f));
      expect(used, `${id}: ${pid} is used in a formula`).toBe(true);
    }
  });

  it('uses no euro figure from the report except case 2’s CIT estimate', () => {
    for (const id of ['case-6', 'case-7', 'case-8']) {
      const s = loadExample(`${id}.json`);
      const euros = s.parameters.filter((p) => /^Report\b/.test(p.source ?? '') && /EUR/.test(p.unit ?? ''));
      expect(
        euros.map((p) => p.id),
        id,
      ).toEqual([]);
    }
    const euros2 = loadExample('case-2.json').parameters.filter(
      (p) => /^Report\b/.test(p.source ?? '') && /EUR/.test(p.unit ?? ''),
    );
    expect(euros2.map((p) => p.id)).toEqual(['cit_cost_report']);
  });

  it("gives case 6's supervision order the report's six months and its admissions a week and a month", () => {
    const s = loadExample('case-6.json');
    const ots = eventSites(s).filter((x) => x.event.id === 'ots');
    expect(ots.length).toBe(2); // residual risk on the pilot path, the most likely future on the reference
    for (const { event } of ots) expect(event.duration).toEqual({ formula: 'ots_months_report' });
    const step = (id: string) => stepSites(s).find((x) => x.step.id === id)!.step;
    expect(step('admission-1').oneOffCost).toEqual({ formula: 'admission_1_days * psych_day_cost' });
    expect(step('admission-2').oneOffCost).toEqual({ formula: 'admission_2_months * 30.4 * psych_day_cost' });
    expect(s.members.find((m) => m.id === 'daughter')?.ageAtStart).toBe(3);
  });

  it("gives case 7 the report's two to three talks a week and the six-month extension of day care", () => {
    const s = loadExample('case-7.json');
    expect(param(s, 'bt_contacts_per_week')!.value).toEqual({ dist: 'uniform', min: 2, max: 3 });
    const smi = stepSites(s).find((x) => x.pathId === 'pilot' && x.step.id === 'smi-daycare')!.step;
    expect(smi.duration).toEqual({ formula: 'round(bt_months) - floor(smi_start) + smi_extension_months' });
  });

  it("gives case 8 the report's eight-week analysis phase and a waiting list of at least nine months", () => {
    const s = loadExample('case-8.json');
    const analysis = stepSites(s).find((x) => x.step.id === 'bt-analysis')!.step;
    expect(analysis.duration).toEqual({ formula: 'analysis_months' });
    expect(Math.round((8 * 7) / 30.4)).toBe(2);
    const wait = param(s, 'trauma_wait_months')!;
    expect(isDistribution(wait.value)).toBe(true);
    const d = isDistribution(wait.value) ? describeDistribution(wait.value) : null;
    expect(d?.ok && d.facts.support[0]).toBe(9);
    const list = eventSites(s).find((x) => x.event.id === 'trauma-waiting-list')!.event;
    expect(list.kind).toBe('waiting-list');
    expect(list.duration).toEqual({ formula: 'trauma_wait_months' });
    // The late treatment starts when the wait ends.
    const late = list.consequences.find((c) => c.id === 'trauma-mother-late')!;
    expect(isFormula(late.start) && late.start.formula).toBe('round(trauma_wait_months)');
  });

  it("gives case 8's oldest child, who is an adult, an age of 18 so that the Youth Act does not pay for him", () => {
    const s = loadExample('case-8.json');
    expect(s.members.find((m) => m.id === 'child-oldest')?.ageAtStart).toBe(18);
  });
});
