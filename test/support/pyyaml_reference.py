"""Reference facts from PyYAML for the corpus tests: for each file named on stdin (one per line), the
indexes of transcript items whose sec is lower than the previous sec as PyYAML reads the file, or
the error PyYAML raises. Prints one JSON object. (Re-dumps are compared in test/shared/yaml.)"""
import json
import sys
import yaml


def frontmatter(text):
    lines = text.split('\n')
    start = next((i for i, l in enumerate(lines) if l.strip() == '---'), None)
    end = None if start is None else next((i for i in range(start + 1, len(lines)) if lines[i].strip() == '---'), None)
    if end is None:
        raise ValueError('no frontmatter between --- lines')
    return '\n'.join(lines[start + 1:end]) + '\n'


def backward_jumps(data):
    jumps, last = [], None
    for index, item in enumerate((data or {}).get('transcript') or []):
        sec = item.get('sec') if isinstance(item, dict) else None
        if isinstance(sec, int) and not isinstance(sec, bool):
            if last is not None and sec < last:
                jumps.append(index)
            last = sec
    return jumps


out = {}
for path in sys.stdin.read().split('\n'):
    if not path:
        continue
    try:
        with open(path, encoding='utf-8') as f:
            data = yaml.safe_load(frontmatter(f.read()))
    except Exception as e:  # noqa: BLE001 - a file PyYAML cannot load is a fact for the tests too
        out[path] = {'error': str(e).splitlines()[0]}
        continue
    out[path] = {'jumps': backward_jumps(data)}
json.dump(out, sys.stdout)
