#!/bin/bash
# A fitter's workspace for one language: a copy of the project without .git and without the held-out sets, the
# language's words.toml as it was (words.toml.orig), the starting reading (base.tsv: the language's rows, every row for
# English, whose entries are read in every language) and what the lists miss (misses.txt: the blind set first; FIRST
# may name several sets, comma-separated). Blind sets listed in tests/language_eval/unread.txt are left out of the
# copy.
#
#   BASE=start.tsv FIRST=fresh-73 tools/language_rounds/workspace.sh ms /tmp/ws
#   BASE=start.tsv FIRST=fresh-73,fresh-74 tools/language_rounds/workspace.sh ms /tmp/ws
set -euo pipefail
code=$1; where=${2:-/tmp/ws}/$code
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
mkdir -p "$where"
unread=()
while read -r name; do
  [ -n "$name" ] && [ "${name:0:1}" != "#" ] && unread+=(--exclude "/tests/language_eval/${name//-/}/")
done < "$root/tests/language_eval/unread.txt"
rsync -a --delete --exclude .git --exclude .venv --exclude 'heldout*' --exclude __pycache__ "${unread[@]}" "$root/" "$where/"
ln -sfn "$root/.venv" "$where/.venv"
cp "$where/locales/$code/words.toml" "$where/words.toml.orig"
if [ "$code" = en ]; then cp "$BASE" "$where/base.tsv"; else awk -F'\t' -v c="$code" '$1==c' "$BASE" > "$where/base.tsv"; fi
misses="$root/.venv/bin/python $root/tools/language_rounds/misses.py"
$misses "$BASE" "$code" "$FIRST" > "$where/misses.txt"
echo "--- other sets ---" >> "$where/misses.txt"
$misses "$BASE" "$code" "$(cut -f2 "$where/base.tsv" | sort -u | grep -vxF "${FIRST//,/$'\n'}" | paste -sd,)" >> "$where/misses.txt"
echo "$where: $(grep -c ^MISS "$where/misses.txt") missed, $(grep -c ^FP "$where/misses.txt") flagged"
