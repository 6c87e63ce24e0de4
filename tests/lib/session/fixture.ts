import type { Scenario } from '../../../src/lib/model/scenario';
import type { SessionInput } from '../../../src/lib/model/session';
import { scenario, step } from '../../helpers/scenario';

/** A small case with a risk on each path, a risk in a reference branch and two parameters. */
export function sessionCase(session?: SessionInput): Scenario {
  return scenario(
    {
      pilot: {
        steps: [step('team', { label: 'Pilot team', oneOffCost: 20000 })],
        events: [{ id: 'relapse', label: 'Relapse', probability: 0.1 }],
      },
      reference: {
        steps: [step('regular', { label: 'Regular care', oneOffCost: 3000 })],
        events: [
          {
            id: 'ots',
            label: { en: 'OTS', nl: 'OTS' },
            kind: 'ots',
            probability: 0.3,
            consequences: [step('guardian', { label: 'Guardian', oneOffCost: 5000 })],
          },
        ],
        branches: [
          {
            id: 'worse',
            label: 'Worse',
            probability: 0.4,
            events: [{ id: 'placement', label: 'Placement', probability: 0.2 }],
          },
          { id: 'better', label: 'Better', probability: 0.6 },
        ],
      },
    },
    {
      id: 'session-case',
      members: [{ id: 'mother', label: 'Mother', role: 'parent' }],
      parameters: [
        {
          id: 'p_burnout',
          label: 'Chance of burnout',
          value: { dist: 'beta', mean: 0.2, sd: 0.05 },
          unit: 'probability',
        },
        { id: 'hour_rate', label: 'Hourly rate', value: 80 },
      ],
      ...(session ? { session } : {}),
    },
  );
}

export const NOW = new Date('2026-11-23T10:00:00.000Z');
