#!/usr/bin/env bash
# Letters as PDF: milliseconds per one-page letter after warm-up (the sample UA's letter to the
# Prosecutor General, A4, sender in Cyrillic), rendered in-process on one thread as the
# application renders it. Goal: under 20 ms. When LibreOffice is installed, the same letter
# (the same XHTML) is converted with `soffice --headless --convert-to pdf`, one process per
# letter as a server would run it, and the ratio is printed. Then a letter in Chinese and one in
# Hindi (the sample letter translated: CJK fonts, shaped Devanagari), each with its ratio to the
# first letter measured in the same run. Goal: under 50 ms each.
#
#   bench/letter/run.sh            # WARMUP=500 LETTERS=1000 SOFFICE_RUNS=5 by default
set -euo pipefail
cd "$(dirname "$0")/../.."

warmup=${WARMUP:-500}
letters=${LETTERS:-1000}
soffice_runs=${SOFFICE_RUNS:-5}
out=target/bench-letter
mkdir -p "$out"

./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=test >/dev/null

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
result=$(java -cp "target/test-classes:target/classes:$(cat "$out/classpath.txt")" \
	org.urgentaction.letter.LetterBenchmark "$out" "$warmup" "$letters" 2>/dev/null)
echo "$result"
ours=$(echo "$result" | sed -n 's/^ms_per_letter=\([0-9.]*\).*/\1/p')
ours_cpu=$(echo "$result" | sed -n 's/^cpu_ms_per_letter=\([0-9.]*\).*/\1/p')
awk -v ms="$ours" -v cpu="$ours_cpu" 'BEGIN { printf "goal (< 20 ms per letter): %s in elapsed time, %s in CPU time\n",
	(ms < 20 ? "met" : "NOT met"), (cpu < 20 ? "met" : "NOT met") }'
for language in zh hi; do
	ms=$(echo "$result" | sed -n "s/^${language}_ms_per_letter=\([0-9.]*\).*/\1/p")
	cpu=$(echo "$result" | sed -n "s/.*${language}_cpu_ms_per_letter=\([0-9.]*\).*/\1/p")
	awk -v l="$language" -v ms="$ms" -v cpu="$cpu" 'BEGIN { printf "goal for %s (< 50 ms per letter): %s in elapsed time, %s in CPU time\n",
		l, (ms < 50 ? "met" : "NOT met"), (cpu < 50 ? "met" : "NOT met") }'
done

if ! command -v soffice >/dev/null 2>&1; then
	echo "soffice not installed: no LibreOffice comparison (apt-get install libreoffice-writer-nogui)"
	exit 0
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
convert() {
	soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out/soffice" \
		"$out/letter.html" >/dev/null 2>&1
}
children_cpu_ms() { # user + system CPU time of this shell's finished children, in ms
	times >"$out/times.txt" # in this shell: a $(...) subshell would count only its own children
	tail -n 1 "$out/times.txt" | awk '{ n = 0; for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); n += p[1] * 60000 + p[2] * 1000 } printf "%d", n }'
}
convert # first start creates the profile: not counted
children_cpu_ms >"$out/cpu_start.txt"
start=$(date +%s%N)
for _ in $(seq 1 "$soffice_runs"); do convert; done
end=$(date +%s%N)
children_cpu_ms >"$out/cpu_end.txt"
cpu_start=$(cat "$out/cpu_start.txt")
cpu_end=$(cat "$out/cpu_end.txt")
theirs=$(awk -v ns=$((end - start)) -v n="$soffice_runs" 'BEGIN { printf "%.1f", ns / 1e6 / n }')
theirs_cpu=$(awk -v ms=$((cpu_end - cpu_start)) -v n="$soffice_runs" 'BEGIN { printf "%.1f", ms / n }')
echo "soffice_ms_per_letter=$theirs cpu_ms_per_letter=$theirs_cpu (soffice --headless --convert-to pdf, $soffice_runs runs after one warm-up)"
awk -v a="$theirs" -v b="$ours" -v ac="$theirs_cpu" -v bc="$ours_cpu" \
	'BEGIN { printf "ratio soffice/ours=%.0fx elapsed, %.0fx CPU\n", a / b, ac / bc }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
