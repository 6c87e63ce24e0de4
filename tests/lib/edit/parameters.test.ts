import { describe, expect, it } from 'vitest';
import { addParameter } from '../../../src/lib/edit/add-parameter';
import { deleteParameter } from '../../../src/lib/edit/delete-parameter';
import { mapFormulas } from '../../../src/lib/edit/map-formulas';
import { formulaNames, parameterUsage } from '../../../src/lib/edit/parameter-usage';
import { parameterRenameRefusal, renameParameter } from '../../../src/lib/edit/rename-parameter';
import { renameSymbol } from '../../../src/lib/edit/rename-symbol';
import { updateParameter } from '../../../src/lib/edit/update-parameter';
import { quantityFields } from '../../../src/lib/model/quantity-fields';
import { isFormula } from '../../../src/lib/model/quantity';
import { validateScenario } from '../../../src/lib/model/validate-scenario';
import { fixture } from './fixture';

describe('renaming a symbol in a formula', () => {
  it('replaces only the whole name, never a longer name that starts with it', () => {
    expect(renameSymbol('p_ots * p_ots2 + p_ots', 'p_ots', 'q')).toBe('q * p_ots2 + q');
    expect(renameSymbol('p_ots2*p_ots', 'p_ots', 'kans_ots')).toBe('p_ots2*kans_ots');
    expect(renameSymbol('xp_ots + p_otsx', 'p_ots', 'q')).toBe('xp_ots + p_otsx');
  });

  it('keeps the user’s spacing and parentheses', () => {
    expect(renameSymbol('(  a+b )*a /  (1 - a)', 'a', 'rate')).toBe('(  rate+b )*rate /  (1 - rate)');
    expect(renameSymbol('a > 0 ? a : -a', 'a', 'b')).toBe('b > 0 ? b : -b');
  });

  it('leaves numbers with exponents, function names and quoted text alone', () => {
    expect(renameSymbol('1e5 * e', 'e', 'growth')).toBe('1e5 * growth');
    expect(renameSymbol('2e * e', 'e', 'g')).toBe('2g * g');
    expect(renameSymbol('max(max, 3)', 'max', 'top')).toBe('max(top, 3)');
    expect(renameSymbol('min (min, 1)', 'min', 'low')).toBe('min (low, 1)');
    expect(renameSymbol('a + "a"', 'a', 'b')).toBe('b + "a"');
  });

  it('returns the same text when the name is not used, and renames a broken formula token by token', () => {
    const f = 'b * 2';
    expect(renameSymbol(f, 'a', 'c')).toBe(f);
    expect(renameSymbol('a * (', 'a', 'c')).toBe('c * (');
  });

  it('formulaNames lists the symbols the parser finds (not function names)', () => {
    expect(formulaNames('max(p_ots, p_ots2) * ref_cost')).toEqual(['p_ots', 'p_ots2', 'ref_cost']);
    expect(formulaNames('a * (')).toEqual(['a']);
  });
});

describe('parameters', () => {
  it('usage lists every document path whose formula uses the parameter', () => {
    const s = fixture();
    expect(parameterUsage(s, 'p_ots')).toEqual([
      'parameters[1].value',
      'paths.pilot.steps[0].monthlyCost',
      'paths.pilot.events[0].probability',
    ]);
    expect(parameterUsage(s, 'ref_cost')).toEqual(['paths.reference.steps[0].oneOffCost']);
    expect(parameterUsage(s, 'p_ots2')).toEqual([]);
  });

  it('renaming rewrites every formula that uses it and nothing else', () => {
    const s = updateParameter(fixture(), 'p_ots2', (p) => ({
      ...p,
      value: { formula: 'p_ots * p_ots2x + p_ots' },
    }));
    const withX = addParameter(s, 'p_ots2x').scenario;
    const out = renameParameter(withX, 'p_ots', 'kans_ots');
    expect(out.parameters.map((p) => p.id)).toEqual(['kans_ots', 'p_ots2', 'ref_cost', 'p_ots2x']);
    expect(out.parameters[1]!.value).toEqual({ formula: 'kans_ots * p_ots2x + kans_ots' });
    expect(out.paths.pilot.steps[0]!.monthlyCost).toEqual({ formula: 'kans_ots * 100' });
    expect(out.paths.pilot.events[0]!.probability).toEqual({ formula: 'kans_ots' });
    expect(out.paths.reference).toBe(withX.paths.reference);
    expect(out.paths.pilot.steps[1]).toBe(withX.paths.pilot.steps[1]);
    expect(validateScenario(out).ok).toBe(true);
    expect(parameterUsage(out, 'p_ots')).toEqual([]);
  });

  it('renaming refuses names that are invalid or taken, and then changes nothing', () => {
    const s = fixture();
    expect(parameterRenameRefusal(s, 'p_ots', 'p-ots')).toBe('invalid');
    expect(parameterRenameRefusal(s, 'p_ots', '2x')).toBe('invalid');
    expect(parameterRenameRefusal(s, 'p_ots', 'ref_cost')).toBe('taken');
    expect(parameterRenameRefusal(s, 'nope', 'x')).toBe('unknown');
    expect(parameterRenameRefusal(s, 'p_ots', 'p_ots')).toBeNull();
    expect(renameParameter(s, 'p_ots', 'ref_cost')).toBe(s);
    expect(renameParameter(s, 'p_ots', 'p_ots')).toBe(s);
  });

  it('renaming refuses formula words and names that would break a formula, and keeps the scenario valid', () => {
    const s = fixture();
    for (const word of ['not', 'and', 'or', 'xor', 'mod', 'to', 'in', 'true', 'false']) {
      expect(parameterRenameRefusal(s, 'p_ots', word)).toBe('reserved');
      expect(renameParameter(s, 'p_ots', word)).toBe(s);
    }
    expect(validateScenario(renameParameter(s, 'p_ots', 'not')).ok).toBe(true);
    // "2x" with x called e5 would read as the number 2e5: refused as a whole.
    const x = updateParameter(addParameter(s, 'x', { value: 1 }).scenario, 'p_ots2', (p) => ({
      ...p,
      value: { formula: '2x + p_ots' },
    }));
    expect(validateScenario(x).ok).toBe(true);
    expect(parameterRenameRefusal(x, 'x', 'e5')).toBe('breaks');
    expect(renameParameter(x, 'x', 'e5')).toBe(x);
    expect(parameterRenameRefusal(x, 'x', 'y')).toBeNull();
    expect(renameParameter(x, 'x', 'y').parameters[1]!.value).toEqual({ formula: '2y + p_ots' });
  });

  it('renaming p to q rewrites only the whole symbol (p * p2 + p) and validates', () => {
    let s = addParameter(fixture(), 'p', { value: 2 }).scenario;
    s = addParameter(s, 'p2', { value: 3 }).scenario;
    s = updateParameter(s, 'p_ots2', (x) => ({ ...x, value: { formula: 'p * p2 + p' } }));
    expect(parameterRenameRefusal(s, 'p', 'q')).toBeNull();
    const out = renameParameter(s, 'p', 'q');
    expect(out.parameters[1]!.value).toEqual({ formula: 'q * p2 + q' });
    expect(validateScenario(out).ok).toBe(true);
  });

  it('renaming follows formulas in price units and branch steps too', () => {
    let s = fixture();
    s = {
      ...s,
      paths: {
        ...s.paths,
        reference: {
          ...s.paths.reference,
          branches: [
            {
              ...s.paths.reference.branches[0]!,
              steps: [
                {
                  ...s.paths.reference.branches[0]!.steps[0]!,
                  price: {
                    item: 'x',
                    list: '2024.1',
                    units: { formula: 'ref_cost / 100' },
                    unitPrice: 78,
                    basis: 'one-off',
                  },
                },
              ],
            },
            s.paths.reference.branches[1]!,
          ],
        },
      },
    };
    const out = renameParameter(s, 'ref_cost', 'kosten');
    expect(out.paths.reference.branches[0]!.steps[0]!.price!.units).toEqual({ formula: 'kosten / 100' });
    expect(out.paths.reference.steps[0]!.oneOffCost).toEqual({ formula: 'kosten' });
  });

  it('renaming covers every quantity field of a step, an event and a parameter', () => {
    const f = { formula: 'p_ots * 1' };
    let s = fixture();
    s = updateParameter(s, 'p_ots2', (p) => ({ ...p, value: f }));
    const full = {
      ...s.paths.pilot.steps[0]!,
      start: f,
      duration: f,
      oneOffCost: f,
      monthlyCost: f,
      hoursPerMonth: f,
      hourlyRate: f,
      probability: f,
      price: { item: 'x', list: '2024.1', units: f, unitPrice: f, basis: 'one-off' as const },
    };
    const event = {
      ...s.paths.pilot.events[0]!,
      probability: f,
      onset: f,
      duration: f,
      consequences: [full],
    };
    s = {
      ...s,
      paths: {
        ...s.paths,
        pilot: { ...s.paths.pilot, steps: [full, ...s.paths.pilot.steps.slice(1)], events: [event] },
        reference: {
          ...s.paths.reference,
          branches: [
            {
              ...s.paths.reference.branches[0]!,
              steps: [{ ...full, id: 'b-step' }],
              events: [{ ...event, id: 'b-ev' }],
            },
            s.paths.reference.branches[1]!,
          ],
        },
      },
    };
    const uses = quantityFields(s).filter((x) => isFormula(x.quantity) && x.quantity.formula === f.formula);
    // 9 fields of each full step (on the path, in a branch, and as both events' consequence),
    // 3 of each event (on the path and in a branch) and the parameter's value.
    expect(uses.length).toBe(9 * 4 + 3 * 2 + 1);
    const out = renameParameter(s, 'p_ots', 'kans');
    const after = new Map(quantityFields(out).map((x) => [x.path, x.quantity]));
    for (const { path } of uses) expect(after.get(path), path).toEqual({ formula: 'kans * 1' });
    expect(JSON.stringify(out)).not.toMatch(/\bp_ots\b/);
  });

  it('mapFormulas returns the same scenario when no formula changes', () => {
    const s = fixture();
    expect(mapFormulas(s, (f) => f)).toBe(s);
  });

  it('are added with a unique formula-safe id, updated, and deleted (uses are then reported)', () => {
    const s = fixture();
    const a = addParameter(s, 'Kans op OTS', { unit: 'probability', value: 0.3 });
    expect(a.id).toBe('kans_op_ots');
    expect(a.scenario.parameters.at(-1)).toEqual({ id: 'kans_op_ots', unit: 'probability', value: 0.3 });
    expect(addParameter(s, 'p ots').id).toBe('p_ots_2');
    expect(addParameter(s, '').id).toBe('parameter_1');
    const u = updateParameter(s, 'ref_cost', (p) => ({ ...p, source: 'report', year: 2023 }));
    expect(u.parameters[2]).toEqual({
      id: 'ref_cost',
      value: 3000,
      unit: 'EUR',
      source: 'report',
      year: 2023,
    });
    const d = deleteParameter(s, 'ref_cost');
    expect(d.parameters.map((p) => p.id)).toEqual(['p_ots', 'p_ots2']);
    const v = validateScenario(d);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems.map((p) => p.path)).toEqual(['paths.reference.steps[0].oneOffCost.formula']);
  });
});
