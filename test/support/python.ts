import { execFileSync } from 'node:child_process';

/** A python3 that has PyYAML (Debian's python3-yaml or a pip install), or undefined. */
export const PYTHON_WITH_YAML: string | undefined = ['python3', '/usr/bin/python3'].find((python) => {
  try {
    execFileSync(python, ['-c', 'import yaml'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

/** Why PyYAML comparisons are skipped, printed so that a skip is never silent. */
export const NO_PYYAML_NOTE = 'SKIPPED: no python3 with PyYAML (install Debian python3-yaml): comparisons with PyYAML did not run';


/** Runs a Python snippet with PyYAML and returns its standard output. */
export function runPython(script: string, args: readonly string[] = [], input?: string): string {
  if (!PYTHON_WITH_YAML) throw new Error(NO_PYYAML_NOTE);
  return execFileSync(PYTHON_WITH_YAML, ['-c', script, ...args], { encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 });
}
