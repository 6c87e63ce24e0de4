import type { Locale } from '../i18n/locale';
import { localText } from '../model/local-text';
import type { PathId } from '../model/path';
import type { Scenario } from '../model/scenario';
import { shortLabel } from './short-label';

/**
 * The words a path's timeline shows: its label, its branches, and the labels of its steps, events
 * and their consequences (as present mode shortens them). For finding the glossary words a step
 * of the presentation uses.
 */
export function pathTexts(s: Scenario, path: PathId, lang: Locale): string[] {
  const p = s.paths[path];
  const text = (x: Parameters<typeof localText>[0], id: string) => shortLabel(localText(x, lang, id));
  const out: string[] = [];
  if (p.label !== undefined) out.push(text(p.label, path));
  const holders = [{ steps: p.steps, events: p.events }, ...p.branches];
  for (const b of p.branches) out.push(text(b.label, b.id));
  for (const h of holders) {
    for (const st of h.steps) out.push(text(st.label, st.id));
    for (const e of h.events) {
      out.push(text(e.label, e.id));
      for (const c of e.consequences) out.push(text(c.label, c.id));
    }
  }
  return out;
}
