#!/usr/bin/env bash
# Compare the JSON of two builds of the extractor: REV (any git revision, built in a temporary
# worktree) and the working tree. Runs both CLIs over every text of ../shared/corpus/*/ and of
# ../shared/eval/dev*/texts/, reports the number of differing outputs (0 expected for a change
# that must not alter results) and the CPU time (user+sys) of each CLI over the corpus.
#
#   bash scripts/same-output.sh REV            e.g. bash scripts/same-output.sh main
#   KEEP=1 bash scripts/same-output.sh REV     keep the output folders (printed) to inspect diffs
#
# Exit status: 0 when every output is byte-identical, 1 when some differ, 2 on usage/build errors.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
REV="${1:-}"
if [ -z "$REV" ]; then
  echo "usage: bash scripts/same-output.sh REV" >&2
  exit 2
fi
SHARED="$ROOT/../shared"
if [ ! -d "$SHARED/corpus" ] && [ ! -d "$SHARED/eval" ]; then
  echo "../shared (corpus and dev sets) is not beside the project: nothing to compare" >&2
  exit 2
fi
sha="$(git -C "$ROOT" rev-parse --verify "$REV^{commit}")" || exit 2

work="$(mktemp -d "${TMPDIR:-/tmp}/same-output.XXXXXX")"
cleanup() {
  git -C "$ROOT" worktree remove --force "$work/rev" >/dev/null 2>&1
  if [ -z "${KEEP:-}" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT

echo "building $REV (${sha:0:9}) in a temporary worktree" >&2
git -C "$ROOT" worktree add --detach -q "$work/rev" "$sha" || exit 2
# a target folder of its own, kept between runs, so that the second run only rebuilds the crate
(cd "$work/rev" && CARGO_TARGET_DIR="$ROOT/target/same-output-rev" \
  cargo build --release -q --bin vn-news-extract) || exit 2
old="$ROOT/target/same-output-rev/release/vn-news-extract"
echo "building the working tree" >&2
(cd "$ROOT" && cargo build --release -q --bin vn-news-extract) || exit 2
new="$ROOT/target/release/vn-news-extract"

# the sets: each corpus folder and each dev set, compared in its own output folder
declare -a SETS=()
for d in "$SHARED"/corpus/*/ "$SHARED"/eval/dev*/texts/; do
  [ -d "$d" ] && SETS+=("${d%/}")
done

# CPU seconds (user+sys) of one run of CLI over the files of one set
cpu_run() {
  local cli="$1" out="$2" set="$3"
  rm -rf "$out" && mkdir -p "$out"
  local t
  t="$( { /usr/bin/time -f '%U %S' "$cli" --out "$out" "$set"/*.txt >/dev/null 2>/dev/null; } 2>&1 | tail -1)"
  awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%.2f", a[1] + a[2] }'
}

total=0 differ=0
cpu_old=0 cpu_new=0
for set in "${SETS[@]}"; do
  name="$(echo "${set#"$SHARED"/}" | tr '/' '_')"
  n="$(find "$set" -maxdepth 1 -name '*.txt' | wc -l)"
  [ "$n" = 0 ] && continue
  a="$(cpu_run "$old" "$work/old/$name" "$set")"
  b="$(cpu_run "$new" "$work/new/$name" "$set")"
  # a second pair in the other order: the smaller of two runs is the less disturbed one
  b2="$(cpu_run "$new" "$work/new/$name" "$set")"
  a2="$(cpu_run "$old" "$work/old/$name" "$set")"
  a="$(awk -v x="$a" -v y="$a2" 'BEGIN { print (x < y ? x : y) }')"
  b="$(awk -v x="$b" -v y="$b2" 'BEGIN { print (x < y ? x : y) }')"
  d=0
  for f in "$set"/*.txt; do
    stem="$(basename "$f" .txt)"
    if ! cmp -s "$work/old/$name/$stem.json" "$work/new/$name/$stem.json"; then
      d=$((d + 1))
      [ "$d" -le 5 ] && echo "  differs: $f" >&2
    fi
  done
  printf '%-28s %5d texts  %5d differ  CPU %7ss (%s)  %7ss (working tree)\n' \
    "$name" "$n" "$d" "$a" "${sha:0:9}" "$b"
  total=$((total + n)) differ=$((differ + d))
  cpu_old="$(awk -v x="$cpu_old" -v y="$a" 'BEGIN { print x + y }')"
  cpu_new="$(awk -v x="$cpu_new" -v y="$b" 'BEGIN { print x + y }')"
done
ratio="$(awk -v x="$cpu_old" -v y="$cpu_new" 'BEGIN { if (x > 0) printf "%.3f", y / x; else print "n/a" }')"
printf 'total: %d texts, %d differing outputs; CPU %ss -> %ss (ratio %s)\n' \
  "$total" "$differ" "$cpu_old" "$cpu_new" "$ratio"
if [ -n "${KEEP:-}" ]; then echo "outputs kept in $work/old and $work/new" >&2; fi
[ "$differ" = 0 ]
