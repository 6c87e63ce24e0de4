import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/lib/model/scenario';
import { validateScenario } from '../../../src/lib/model/validate-scenario';
import { sessionCase } from './fixture';

const good = {
  participants: [
    { id: 'participant-1', name: 'Anna', role: 'parent' },
    { id: 'participant-2', name: 'Bas', role: 'jeugdbeschermer' },
    { id: 'participant-3', name: 'Chris' },
  ],
  estimates: [
    {
      id: 'estimate-1',
      target: { pathId: 'reference', eventId: 'ots' },
      question: { nl: 'Was er een OTS gekomen?', en: 'Would an OTS have followed?' },
      answers: [
        { participantId: 'participant-1', kind: 'count', count: 35 },
        {
          participantId: 'participant-2',
          kind: 'range',
          low: 10,
          likely: 30,
          high: 60,
          note: 'seen it often',
        },
      ],
      appliedAt: '2026-11-23T10:00:00.000Z',
    },
    { id: 'estimate-2', target: { parameterId: 'p_burnout' }, answers: [] },
  ],
  parkingLot: [{ id: 'question-1', text: 'Who pays the guardian?', createdAt: '2026-11-23T10:00:00.000Z' }],
};

const withSession = (session: unknown) => ({ ...sessionCase(), session });
const problemsOf = (doc: unknown) => {
  const v = validateScenario(doc);
  return v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`);
};
const warningsOf = (doc: unknown) => validateScenario(doc).warnings.map((p) => `${p.path}: ${p.message}`);

describe('the session in the scenario schema', () => {
  it('is optional: a scenario without one is valid and stays without one', () => {
    const v = validateScenario(sessionCase());
    expect(v.ok).toBe(true);
    expect(v.ok && 'session' in v.scenario).toBe(false);
  });

  it('a full session validates and keeps every field', () => {
    const v = validateScenario(withSession(good));
    expect(v.ok && v.warnings).toEqual([]);
    expect(v.ok && v.scenario.session).toEqual(good);
  });

  it('fills in empty lists', () => {
    const parsed = scenarioSchema.parse(withSession({}));
    expect(parsed.session).toEqual({ participants: [], estimates: [], parkingLot: [] });
  });

  it.each([
    [
      'a name that is too long',
      { participants: [{ id: 'p', name: 'x'.repeat(101) }] },
      'session.participants[0].name',
    ],
    ['an empty name', { participants: [{ id: 'p', name: '' }] }, 'session.participants[0].name'],
    [
      'a count above 100',
      {
        estimates: [
          {
            id: 'e',
            target: { parameterId: 'p_burnout' },
            answers: [{ participantId: 'p', kind: 'count', count: 120 }],
          },
        ],
      },
      'session.estimates[0].answers[0].count',
    ],
    [
      'a target of neither kind',
      { estimates: [{ id: 'e', target: { stepId: 'team' }, answers: [] }] },
      'session.estimates[0].target',
    ],
    [
      'a time that is not ISO 8601',
      { parkingLot: [{ id: 'q', text: 'Why?', createdAt: 'yesterday' }] },
      'session.parkingLot[0].createdAt',
    ],
    [
      'a question that is too long',
      { parkingLot: [{ id: 'q', text: 'x'.repeat(2001), createdAt: '2026-11-23T10:00:00Z' }] },
      'session.parkingLot[0].text',
    ],
    ['an unknown field', { notes: [] }, 'session'],
  ])('refuses %s, at its path', (_, session, path) => {
    const problems = problemsOf(withSession(session));
    expect(problems.some((p) => p.startsWith(path))).toBe(true);
  });
});

describe('the session’s cross-field checks', () => {
  it('an answer by someone who is not a participant is an error at its path', () => {
    const s = structuredClone(good);
    s.estimates[0]!.answers[1]!.participantId = 'nobody';
    expect(problemsOf(withSession(s))).toEqual([
      'session.estimates[0].answers[1].participantId: unknown participant "nobody"',
    ]);
  });

  it('two answers by one participant to the same question are an error', () => {
    const s = structuredClone(good);
    s.estimates[0]!.answers[1]!.participantId = 'participant-1';
    expect(problemsOf(withSession(s))).toEqual([
      'session.estimates[0].answers[1].participantId: participant "participant-1" has already answered',
    ]);
  });

  it('ids must be unique within each list', () => {
    const s = structuredClone(good);
    s.participants[2]!.id = 'participant-1';
    s.estimates[1]!.id = 'estimate-1';
    s.parkingLot.push({ ...s.parkingLot[0]! });
    expect(problemsOf(withSession(s))).toEqual([
      'session.participants[2].id: participant id "participant-1" is already used at session.participants[0].id',
      'session.estimates[1].id: estimate id "estimate-1" is already used at session.estimates[0].id',
      'session.parkingLot[1].id: question id "question-1" is already used at session.parkingLot[0].id',
    ]);
  });

  it('low, most likely and high must be in order', () => {
    const s = structuredClone(good);
    Object.assign(s.estimates[0]!.answers[1]!, { low: 70, likely: 30, high: 60 });
    expect(problemsOf(withSession(s))).toEqual([
      'session.estimates[0].answers[1].low: low must not be above high',
    ]);
    Object.assign(s.estimates[0]!.answers[1]!, { low: 10, likely: 70, high: 60 });
    expect(problemsOf(withSession(s))).toEqual([
      'session.estimates[0].answers[1].likely: most likely must lie between low and high',
    ]);
  });

  it('a target that is gone is a warning (the answers are kept; the scenario still runs)', () => {
    const s = structuredClone(good);
    s.estimates[0]!.target = { pathId: 'pilot', eventId: 'ots' };
    s.estimates[1]!.target = { parameterId: 'p_gone' };
    const doc = withSession(s);
    expect(validateScenario(doc).ok).toBe(true);
    expect(warningsOf(doc)).toEqual([
      'session.estimates[0].target.eventId: unknown event "ots" on the pilot path',
      'session.estimates[1].target.parameterId: unknown parameter "p_gone"',
    ]);
  });

  it('an event in a branch is a known target', () => {
    const s = structuredClone(good);
    s.estimates[0]!.target = { pathId: 'reference', eventId: 'placement' };
    expect(warningsOf(withSession(s))).toEqual([]);
  });
});
