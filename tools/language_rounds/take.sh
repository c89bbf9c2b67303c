#!/bin/bash
# Take a reviewed workspace's word list into the project (only if the project's list is still the one the workspace
# started from) and append its new probes (with a category, not already a probe or a labelled reply), then check.
#
#   tools/language_rounds/take.sh ms /tmp/ws
set -euo pipefail
code=$1; where=${2:-/tmp/ws}/$code
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
cmp -s "$where/words.toml.orig" "$root/locales/$code/words.toml" || { echo "$code/words.toml changed since the workspace was made"; exit 1; }
cp "$where/locales/$code/words.toml" "$root/locales/$code/words.toml"
new="$where/tests/language_eval/probes/$code.new.jsonl"
if [ -f "$new" ]; then
  "$root/.venv/bin/python" - "$code" "$new" "$root/tests/language_eval" <<'PY'
import json, sys
from pathlib import Path
code, new, evaluation = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
labelled = [evaluation / "probes" / f"{code}.jsonl", evaluation / f"{code}.jsonl", *evaluation.glob(f"fresh*/{code}.jsonl")]
seen = {json.loads(line)["text"] for p in labelled if p.exists() for line in p.read_text("utf-8").splitlines() if line.strip()}
added = []
for line in new.read_text("utf-8").splitlines():
    probe = json.loads(line) if line.strip() else {}
    if probe.get("flags") and probe["text"] not in seen:
        seen.add(probe["text"])
        added.append(json.dumps({"text": probe["text"], "flags": probe["flags"]}, ensure_ascii=False))
with (evaluation / "probes" / f"{code}.jsonl").open("a", encoding="utf-8") as out:
    out.writelines(line + "\n" for line in added)
print(f"{code}: {len(added)} probes added")
PY
fi
cd "$root"
PYTHONPATH="$root" .venv/bin/python tools/language_rounds/probe_check.py "$code" | tail -1
.venv/bin/python tools/language_rounds/duplicates_check.py "$code" | tail -1
