import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readImport } from '../../../src/lib/exchange/read-import';
import { backupExport, scenarioExport } from '../../../src/lib/exchange/scenario-export';
import type { Scenario } from '../../../src/lib/model/scenario';
import { canonicalJson } from '../../../src/lib/model/scenario-hash';
import { openPathCostDb, type PathCostDatabase } from '../../../src/lib/store/db';
import { ScenarioStore } from '../../../src/lib/store/scenario-store';
import { applyEstimate } from '../../../src/lib/session/apply-estimate';
import { addEstimate, setAnswer } from '../../../src/lib/session/estimates';
import { addParkingLotItem, setParkingLotResolved } from '../../../src/lib/session/parking-lot';
import { addParticipant } from '../../../src/lib/session/participants';
import { textFile } from '../exchange/documents';
import { counterClock, counterIds, freshIndexedDb } from '../store/fresh-db';
import { NOW, sessionCase } from './fixture';

/** A scenario with every kind of session content: roles, both answer kinds, notes, applied, resolved. */
function fullSession(): Scenario {
  let s = sessionCase();
  s = addParticipant(s, 'Anna', 'parent')!.scenario;
  s = addParticipant(s, 'Bas', 'jeugdbeschermer')!.scenario;
  s = addParticipant(s, 'Chris')!.scenario;
  const e = addEstimate(s, { pathId: 'reference', eventId: 'ots' }, { nl: 'Was er een OTS gekomen?' });
  s = setAnswer(e.scenario, e.id, { participantId: 'participant-1', kind: 'count', count: 35 });
  s = setAnswer(s, e.id, {
    participantId: 'participant-2',
    kind: 'range',
    low: 10,
    likely: 30,
    high: 60,
    note: 'Zie ik vaak bij deze gezinnen',
  });
  s = setAnswer(s, e.id, { participantId: 'participant-3', kind: 'range', low: 20, likely: 40, high: 70 });
  s = applyEstimate(s, e.id, NOW);
  s = addEstimate(s, { parameterId: 'p_burnout' }).scenario;
  const q = addParkingLotItem(s, 'Wie betaalt de voogd?', NOW)!;
  s = setParkingLotResolved(q.scenario, q.id, true);
  s = addParkingLotItem(s, 'Wachtlijst: 3 of 6 maanden?', NOW)!.scenario;
  return s;
}

describe('the session travels with the scenario, with no change to export or import', () => {
  it('a scenario file comes back with its session equal', () => {
    const s = fullSession();
    const r = readImport(...textFile(scenarioExport(s)));
    expect(r.ok && r.scenarios[0]!.session).toEqual(s.session);
    expect(r.ok && canonicalJson(r.scenarios[0])).toBe(canonicalJson(s));
  });

  it('a backup comes back with every session equal', () => {
    const a = fullSession();
    const b = { ...sessionCase(), id: 'no-session' };
    const r = readImport(...textFile(backupExport([a, b])));
    expect(r.ok && r.scenarios).toEqual([a, b]);
    expect(r.ok && 'session' in r.scenarios[1]!).toBe(false);
  });

  it('a file with a broken session is refused with the problem at its path in the file', () => {
    const s = fullSession();
    const doc = JSON.parse(scenarioExport(s));
    doc.scenario.session.estimates[0].answers[0].participantId = 'nobody';
    const r = readImport(...textFile(JSON.stringify(doc)));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => p.path)).toContain(
      'scenario.session.estimates[0].answers[0].participantId',
    );
  });
});

describe('the session is kept in IndexedDB', () => {
  let db: PathCostDatabase;
  beforeEach(async () => {
    freshIndexedDb();
    db = await openPathCostDb();
  });
  afterEach(() => db.close());

  it('a saved scenario loads back with its session equal, also after reopening the database', async () => {
    const s = fullSession();
    const store = new ScenarioStore(db, counterClock(), counterIds());
    const saved = await store.save(s);
    expect(saved.kind).toBe('saved');
    db.close();
    db = await openPathCostDb();
    const again = new ScenarioStore(db, counterClock(), counterIds());
    const loaded = await again.load(s.id);
    expect(loaded?.scenario.session).toEqual(s.session);
    expect(loaded?.scenario).toEqual(s);
  });
});
