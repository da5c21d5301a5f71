import { forEachDiagnostic } from '@codemirror/lint';
import type { EditorState } from '@codemirror/state';
import type { ProblemCode } from '../../../shared/episode/index.js';

/** Each kind of problem as the panel names it. */
const KIND_NAMES: Readonly<Record<ProblemCode, string>> = {
  'yaml-error': 'YAML errors',
  'encoding-invalid': 'Not UTF-8',
  'sec-decreasing': 'Times that go back',
  'time-sec-mismatch': 'Time and sec disagree',
  'time-malformed': 'Malformed times',
  'time-unquoted': 'Unquoted times',
  'who-missing': 'No speaker',
  'who-suspicious': 'Suspicious speakers',
  'line-empty': 'Empty paragraphs',
  'line-duplicate': 'Paragraphs twice',
  'header-run': 'Runs of headers',
  'item-unknown': 'Unknown items',
  'duration-mismatch': 'Duration',
  'key-duplicate': 'Duplicate keys',
};

/** One kind of problem in the episode: its code, its name, how many, and whether any is an error. */
export interface ProblemKind {
  readonly code: string;
  readonly name: string;
  readonly count: number;
  readonly error: boolean;
}

/** The kinds of problem the editor shows, errors first, then the most frequent. */
export function problemKinds(state: EditorState): ProblemKind[] {
  const kinds = new Map<string, { count: number; error: boolean }>();
  forEachDiagnostic(state, (d) => {
    const code = d.source ?? 'other';
    const kind = kinds.get(code) ?? { count: 0, error: false };
    kinds.set(code, { count: kind.count + 1, error: kind.error || d.severity === 'error' });
  });
  return [...kinds]
    .map(([code, k]) => ({ code, name: KIND_NAMES[code as ProblemCode] ?? code, ...k }))
    .sort((a, b) => Number(b.error) - Number(a.error) || b.count - a.count || a.name.localeCompare(b.name));
}
