# Shared by bench/report-ingest and bench/report-durability: builds the jar, prepares a
# database of its own on the machine's PostgreSQL and starts or kills the application.
# Settings (environment): UA_BENCH_PORT (18380), UA_BENCH_DB (ua_bench_action),
# PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), UA_BENCH_SECONDS (20),
# UA_BENCH_CONNECTIONS (64), UA_BENCH_SKIP_BUILD (set to reuse target/*.jar), UA_BENCH_JAVA_OPTS
# (extra JVM options of the application, e.g. a JFR recording), UA_BENCH_ALLOWANCE (what the one
# load client may add per hour before its reports are held: unbounded by default, so that the
# counted path is measured; 1000 measures the held path).

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${UA_BENCH_PORT:-18380}"
DB="${UA_BENCH_DB:-ua_bench_action}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
SECONDS_TO_RUN="${UA_BENCH_SECONDS:-20}"
CONNECTIONS="${UA_BENCH_CONNECTIONS:-64}"
WORK="$(mktemp -d /tmp/ua-bench-action.XXXXXX)"
APP_PID=""

sql() { psql -d "$DB" -v ON_ERROR_STOP=1 -qAt -c "$1"; }

build_jar() {
	if [ -z "${UA_BENCH_SKIP_BUILD:-}" ] || ! ls "$ROOT"/target/urgent-action-network-*.jar >/dev/null 2>&1; then
		echo "== building the jar"
		(cd "$ROOT" && ./mvnw -q -DskipTests package)
	fi
	JAR="$(ls "$ROOT"/target/urgent-action-network-*.jar | grep -v plain | head -n 1)"
}

fresh_database() {
	echo "== database $DB on $PGHOST:$PGPORT (fsync=$(psql -d postgres -qAtc 'show fsync'), synchronous_commit=$(psql -d postgres -qAtc 'show synchronous_commit'))"
	if [ "$(psql -d postgres -qAtc 'show fsync')" != "on" ] || [ "$(psql -d postgres -qAtc 'show synchronous_commit')" != "on" ]; then
		echo "fsync and synchronous_commit must be on, as in production" >&2
		exit 1
	fi
	dropdb --if-exists "$DB"
	createdb "$DB"
}

start_app() {
	echo "== starting the application on port $PORT (log: $WORK/app.log)"
	SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
		SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
		java -Xms256m -Xmx768m ${UA_BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" \
		--ua.admin.email=bench@example.org --ua.admin.password=bench-password-123 \
		--ua.reports.per-address-per-minute=100000000 --ua.reports.per-ua-per-minute=100000000 \
		--ua.reports.unverified.actions-per-hour="${UA_BENCH_ALLOWANCE:-2000000000}" \
		--ua.reports.unverified.reports-per-hour="${UA_BENCH_ALLOWANCE:-2000000000}" \
		--logging.level.root=WARN >>"$WORK/app.log" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 120); do
		if curl -fsS "http://127.0.0.1:$PORT/api/uas" >/dev/null 2>&1; then
			return 0
		fi
		sleep 0.5
	done
	echo "The application did not start; see $WORK/app.log" >&2
	tail -n 40 "$WORK/app.log" >&2
	exit 1
}

stop_app() {
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=""
}

sample_document() {
	local id=""
	for _ in $(seq 1 60); do
		id="$(sql "select d.id from ua_document d join ua_case c on c.id = d.case_id where d.status = 'PUBLISHED' and c.status = 'OPEN' order by d.id limit 1")"
		[ -n "$id" ] && break
		sleep 0.5
	done
	[ -n "$id" ] || { echo "No published document (sample data) in $DB" >&2; exit 1; }
	echo "$id"
}

trap 'stop_app' EXIT
