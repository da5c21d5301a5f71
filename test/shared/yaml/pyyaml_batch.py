"""Runs the reference writer (../shared/tools/pyyaml-dump.py) on many files in one process.
usage: python3 pyyaml_batch.py TOOL < file-list   (one path a line)
Prints one JSON object: {path: {"unicode": RUN, "ascii": RUN}}, RUN = {"rc", "out", "err"}: exactly
what `python3 TOOL path` and `python3 TOOL path --ascii` print and exit with."""
import contextlib
import io
import json
import runpy
import sys

tool = sys.argv[1]


def run(path, *flags):
    out, err = io.StringIO(), io.StringIO()
    rc = 0
    saved = sys.argv
    sys.argv = [tool, path, *flags]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            runpy.run_path(tool, run_name='__main__')
    except SystemExit as e:
        rc = e.code if isinstance(e.code, int) else 1
    finally:
        sys.argv = saved
    return {'rc': rc, 'out': out.getvalue(), 'err': err.getvalue()}


result = {}
for path in sys.stdin.read().split('\n'):
    if path:
        result[path] = {'unicode': run(path), 'ascii': run(path, '--ascii')}
json.dump(result, sys.stdout)
