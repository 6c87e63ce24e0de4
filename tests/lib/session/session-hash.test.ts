import { describe, expect, it } from 'vitest';
import { scenarioReproducibility } from '../../../src/lib/exchange/reproducibility';
import { scenarioHash } from '../../../src/lib/model/scenario-hash';
import { addParkingLotItem } from '../../../src/lib/session/parking-lot';
import { addParticipant } from '../../../src/lib/session/participants';
import { addEstimate, setAnswer } from '../../../src/lib/session/estimates';
import { applyEstimate } from '../../../src/lib/session/apply-estimate';
import { runDigest } from '../../../src/lib/sim/run-digest';
import { runInline } from '../../../src/lib/sim/run-inline';
import { summarizeRun } from '../../../src/lib/sim/summarize';
import { NOW, sessionCase } from './fixture';

/** The case with three participants, their answers and two open questions. */
function withNotes() {
  let s = sessionCase();
  for (const name of ['Anna', 'Bas', 'Chris']) s = addParticipant(s, name)!.scenario;
  const e = addEstimate(s, { pathId: 'reference', eventId: 'ots' });
  s = e.scenario;
  s = setAnswer(s, e.id, { participantId: 'participant-1', kind: 'count', count: 35 });
  s = setAnswer(s, e.id, { participantId: 'participant-2', kind: 'range', low: 10, likely: 30, high: 60 });
  s = addParkingLotItem(s, 'Who pays the guardian?', NOW)!.scenario;
  s = addParkingLotItem(s, 'Is the waiting list 3 or 6 months?', NOW)!.scenario;
  return { s, estimateId: e.id };
}

describe('the session and the scenario hash', () => {
  it('participants, answers and parking-lot notes leave the scenario hash unchanged', () => {
    const before = sessionCase();
    const { s } = withNotes();
    expect(s.session?.parkingLot).toHaveLength(2);
    expect(scenarioHash(s)).toBe(scenarioHash(before));
    expect(scenarioReproducibility(s).scenarioHash).toBe(scenarioReproducibility(before).scenarioHash);
  });

  it('applying the pooled estimate does change it (the model changed)', () => {
    const { s, estimateId } = withNotes();
    const applied = applyEstimate(s, estimateId, NOW);
    expect(scenarioHash(applied)).not.toBe(scenarioHash(s));
  });

  it('a run gives bit-identical numbers and the same hash with and without the session', () => {
    const before = sessionCase();
    const { s } = withNotes();
    const options = { iterations: 300, seed: 11 };
    expect(runDigest(runInline(s, options))).toBe(runDigest(runInline(before, options)));
    expect(summarizeRun(s, runInline(s, options), 11).reproducibility.scenarioHash).toBe(
      summarizeRun(before, runInline(before, options), 11).reproducibility.scenarioHash,
    );
  });

  it('any other change still changes the hash', () => {
    const s = sessionCase();
    expect(scenarioHash({ ...s, name: 'Another name' })).not.toBe(scenarioHash(s));
  });
});
