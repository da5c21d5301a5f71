"""Dumps values with the real PyYAML, for the randomized comparison test.
Reads JSON from stdin: a list of {"value": V, "unicode": bool, "width": int|null, "indent": int|null},
where V is null, a bool, {"s": str}, {"i": "123"}, {"f": "1.5"} (a float in JS notation),
{"l": [V...]} or {"m": [[V, V]...]}. Prints a JSON list of yaml.dump(value, sort_keys=False,
allow_unicode=..., default_flow_style=False, width=..., indent=...) texts."""
import json
import sys
import yaml


def build(v):
    if v is None or isinstance(v, bool):
        return v
    if 's' in v:
        return v['s']
    if 'i' in v:
        return int(v['i'])
    if 'f' in v:
        return float(v['f'].replace('Infinity', 'inf'))
    if 'l' in v:
        return [build(x) for x in v['l']]
    return {build(k): build(x) for k, x in v['m']}


out = []
for case in json.load(sys.stdin):
    out.append(yaml.dump(build(case['value']), sort_keys=False, allow_unicode=case['unicode'],
                         default_flow_style=False, width=case['width'], indent=case['indent']))
json.dump(out, sys.stdout)
