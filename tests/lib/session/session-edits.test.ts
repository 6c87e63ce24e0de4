import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/lib/model/validate-scenario';
import { applyEstimate, setTargetValue } from '../../../src/lib/session/apply-estimate';
import {
  addEstimate,
  estimateFor,
  removeAnswer,
  removeEstimate,
  setAnswer,
} from '../../../src/lib/session/estimates';
import {
  addParkingLotItem,
  deleteParkingLotItem,
  openQuestions,
  setParkingLotResolved,
} from '../../../src/lib/session/parking-lot';
import { addParticipant, answersBy, removeParticipant } from '../../../src/lib/session/participants';
import { sessionOf } from '../../../src/lib/session/session-of';
import { NOW, sessionCase } from './fixture';

const ots = { pathId: 'reference', eventId: 'ots' } as const;

describe('participants', () => {
  it('are added with numbered ids, a trimmed name and an optional role', () => {
    let s = sessionCase();
    const a = addParticipant(s, '  Anna  ', 'parent')!;
    s = a.scenario;
    const b = addParticipant(s, 'Bas')!;
    s = b.scenario;
    expect([a.id, b.id]).toEqual(['participant-1', 'participant-2']);
    expect(sessionOf(s).participants).toEqual([
      { id: 'participant-1', name: 'Anna', role: 'parent' },
      { id: 'participant-2', name: 'Bas' },
    ]);
    expect(validateScenario(s).ok).toBe(true);
  });

  it('an empty name adds nobody', () => {
    expect(addParticipant(sessionCase(), '   ')).toBeNull();
  });

  it('removing one removes their answers with them, and leaves the others', () => {
    let s = sessionCase();
    s = addParticipant(s, 'Anna')!.scenario;
    s = addParticipant(s, 'Bas')!.scenario;
    const e = addEstimate(s, ots);
    s = setAnswer(e.scenario, e.id, { participantId: 'participant-1', kind: 'count', count: 30 });
    s = setAnswer(s, e.id, { participantId: 'participant-2', kind: 'count', count: 50 });
    expect(answersBy(s, 'participant-1')).toBe(1);
    const out = removeParticipant(s, 'participant-1');
    expect(sessionOf(out).participants.map((p) => p.id)).toEqual(['participant-2']);
    expect(sessionOf(out).estimates[0]!.answers.map((a) => a.participantId)).toEqual(['participant-2']);
    expect(validateScenario(out).ok).toBe(true);
    expect(removeParticipant(out, 'nobody')).toBe(out);
  });

  it('a number freed by a removal is not reused while others keep theirs', () => {
    let s = sessionCase();
    s = addParticipant(s, 'Anna')!.scenario;
    s = addParticipant(s, 'Bas')!.scenario;
    s = removeParticipant(s, 'participant-1');
    expect(addParticipant(s, 'Chris')!.id).toBe('participant-1');
    expect(addParticipant(addParticipant(s, 'Chris')!.scenario, 'Dirk')!.id).toBe('participant-3');
  });
});

describe('estimates and answers', () => {
  it('one estimate per target: asking again returns the same one', () => {
    const first = addEstimate(sessionCase(), ots);
    const again = addEstimate(first.scenario, ots);
    expect(again.scenario).toBe(first.scenario);
    expect(again.id).toBe(first.id);
    expect(estimateFor(first.scenario, ots)?.id).toBe('estimate-1');
  });

  it('keeps the question in the facilitator’s words', () => {
    const e = addEstimate(sessionCase(), ots, { nl: 'Was er een OTS gekomen?' });
    expect(sessionOf(e.scenario).estimates[0]!.question).toEqual({ nl: 'Was er een OTS gekomen?' });
  });

  it('a second answer by the same participant replaces the first; an equal one changes nothing', () => {
    let s = addParticipant(sessionCase(), 'Anna')!.scenario;
    const e = addEstimate(s, ots);
    s = setAnswer(e.scenario, e.id, { participantId: 'participant-1', kind: 'count', count: 30 });
    const answer = { participantId: 'participant-1', kind: 'range', low: 10, likely: 20, high: 40 } as const;
    s = setAnswer(s, e.id, answer);
    expect(sessionOf(s).estimates[0]!.answers).toEqual([answer]);
    expect(setAnswer(s, e.id, { ...answer })).toBe(s);
  });

  it('answers and estimates can be removed', () => {
    let s = addParticipant(sessionCase(), 'Anna')!.scenario;
    const e = addEstimate(s, ots);
    s = setAnswer(e.scenario, e.id, { participantId: 'participant-1', kind: 'count', count: 30 });
    expect(sessionOf(removeAnswer(s, e.id, 'participant-1')).estimates[0]!.answers).toEqual([]);
    expect(sessionOf(removeEstimate(s, e.id)).estimates).toEqual([]);
    expect(removeEstimate(s, 'estimate-9')).toBe(s);
  });
});

describe('using the pooled answers in the model', () => {
  function answered(target: Parameters<typeof addEstimate>[1]) {
    let s = sessionCase();
    for (const n of ['Anna', 'Bas']) s = addParticipant(s, n)!.scenario;
    const e = addEstimate(s, target);
    s = setAnswer(e.scenario, e.id, { participantId: 'participant-1', kind: 'count', count: 20 });
    s = setAnswer(s, e.id, { participantId: 'participant-2', kind: 'count', count: 40 });
    return { s, id: e.id };
  }

  it('sets the event’s probability to the fitted beta and records when', () => {
    const { s, id } = answered(ots);
    const out = applyEstimate(s, id, NOW);
    expect(out.paths.reference.events[0]!.probability).toEqual({ dist: 'beta', mean: 0.3, sd: 0.1 });
    expect(sessionOf(out).estimates[0]!.appliedAt).toBe(NOW.toISOString());
    expect(validateScenario(out).ok).toBe(true);
    // Nothing else moved.
    expect(out.paths.pilot).toBe(s.paths.pilot);
  });

  it('reaches an event inside a branch', () => {
    const { s, id } = answered({ pathId: 'reference', eventId: 'placement' });
    const out = applyEstimate(s, id, NOW);
    expect(out.paths.reference.branches[0]!.events[0]!.probability).toEqual({
      dist: 'beta',
      mean: 0.3,
      sd: 0.1,
    });
  });

  it('sets a parameter’s value', () => {
    const { s, id } = answered({ parameterId: 'p_burnout' });
    const out = applyEstimate(s, id, NOW);
    expect(out.parameters[0]!.value).toEqual({ dist: 'beta', mean: 0.3, sd: 0.1 });
    expect(out.parameters[1]).toBe(s.parameters[1]);
  });

  it('does nothing without answers or when the target is gone', () => {
    const e = addEstimate(sessionCase(), ots);
    expect(applyEstimate(e.scenario, e.id, NOW)).toBe(e.scenario);
    const { s, id } = answered({ parameterId: 'p_gone' });
    expect(applyEstimate(s, id, NOW)).toBe(s);
    expect(setTargetValue(s, { pathId: 'pilot', eventId: 'ots' }, 0.5)).toBe(s);
  });
});

describe('the parking lot', () => {
  it('adds questions with a time, marks them resolved and open again, and deletes them', () => {
    let s = sessionCase();
    const a = addParkingLotItem(s, ' Who pays the guardian? ', NOW)!;
    s = addParkingLotItem(a.scenario, 'Waiting list: 3 or 6 months?', NOW)!.scenario;
    expect(sessionOf(s).parkingLot[0]).toEqual({
      id: 'question-1',
      text: 'Who pays the guardian?',
      createdAt: '2026-11-23T10:00:00.000Z',
    });
    expect(openQuestions(s)).toBe(2);
    s = setParkingLotResolved(s, a.id, true);
    expect(sessionOf(s).parkingLot[0]!.resolved).toBe(true);
    expect(openQuestions(s)).toBe(1);
    expect(setParkingLotResolved(s, a.id, true)).toBe(s);
    const reopened = setParkingLotResolved(s, a.id, false);
    expect('resolved' in sessionOf(reopened).parkingLot[0]!).toBe(false);
    s = deleteParkingLotItem(s, a.id);
    expect(sessionOf(s).parkingLot.map((q) => q.id)).toEqual(['question-2']);
    expect(validateScenario(s).ok).toBe(true);
  });

  it('an empty question is not added', () => {
    expect(addParkingLotItem(sessionCase(), '  ', NOW)).toBeNull();
  });
});
