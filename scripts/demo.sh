#!/usr/bin/env bash
# Walks through the identity flow with curl: register an owner, read the verification token
# from the mail outbox, verify, log in, call /me, list sessions, log out, and show that the
# old token is rejected. With no argument it starts the application in local mode on a fresh
# state folder and stops it afterwards. Given a base URL, it uses that server instead and
# reads mail from PETTOYOU_MAIL_OUTBOX (default .pettoyou/outbox).
# Exits 0 only if every step passed.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE_URL="${1:-}"
PORT="${PETTOYOU_DEMO_PORT:-18080}"
SERVER_PID=""
STATE_DIR=""
FAILED=0

step() { printf '\n== %s\n' "$1"; }
pass() { printf '   PASS %s\n' "$1"; }
fail() { printf '   FAIL %s\n' "$1"; FAILED=1; }

stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    step "Stopping the local server"
    kill -TERM -- "-$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$SERVER_PID" 2>/dev/null || true
    pass "server stopped"
  fi
  [[ -n "$STATE_DIR" ]] && rm -rf "$STATE_DIR"
}
trap stop_server EXIT

start_server() {
  STATE_DIR="$(mktemp -d)"
  export PETTOYOU_STATE_DIR="$STATE_DIR/state" PETTOYOU_MAIL_OUTBOX="$STATE_DIR/outbox"
  if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  fi
  step "Starting the application in local mode on port $PORT (log: $STATE_DIR/server.log)"
  setsid ./mvnw -B -ntp spring-boot:test-run -Dspring-boot.run.arguments="--server.port=$PORT" \
    >"$STATE_DIR/server.log" 2>&1 &
  SERVER_PID=$!
  BASE_URL="http://127.0.0.1:$PORT"
  for _ in $(seq 1 180); do
    if curl -fsS "$BASE_URL/actuator/health" >/dev/null 2>&1; then
      pass "ready at $BASE_URL"
      return
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 40 "$STATE_DIR/server.log"; fail "the server exited"; exit 1; }
    sleep 1
  done
  fail "the server was not ready within 180 seconds"
  exit 1
}

# Sends a request; sets STATUS and BODY. Arguments: method, path, optional JSON body, optional token.
call() {
  local method="$1" path="$2" data="${3:-}" token="${4:-}"
  local args=(-sS -o /tmp/pettoyou-demo-body.$$ -w '%{http_code}' -X "$method" -H 'User-Agent: pettoyou-demo/1.0')
  [[ -n "$data" ]] && args+=(-H 'Content-Type: application/json' --data "$data")
  [[ -n "$token" ]] && args+=(-H "Authorization: Bearer $token")
  STATUS="$(curl "${args[@]}" "$BASE_URL$path")"
  BODY="$(cat /tmp/pettoyou-demo-body.$$)"
  rm -f /tmp/pettoyou-demo-body.$$
}

expect_status() {
  if [[ "$STATUS" == "$1" ]]; then pass "HTTP $STATUS"; else fail "expected HTTP $1, got $STATUS: $BODY"; fi
}

json_field() {
  sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" <<<"$BODY"
}

[[ -z "$BASE_URL" ]] && start_server
OUTBOX="${PETTOYOU_MAIL_OUTBOX:-.pettoyou/outbox}"
EMAIL="demo-$(date +%s)-$RANDOM@example.test"
PASSWORD="walk the dog at dawn 2026"

step "Register $EMAIL"
call POST /api/v1/auth/register "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"name\":\"Demo Owner\"}"
expect_status 202

step "Read the verification token from the mail outbox ($OUTBOX)"
TOKEN=""
for _ in $(seq 1 10); do
  MAIL="$(grep -l "^To: $EMAIL" "$OUTBOX"/*.eml 2>/dev/null | head -n 1 || true)"
  [[ -n "$MAIL" ]] && TOKEN="$(sed -n 's/.*#token=\([A-Za-z0-9_-]*\).*/\1/p' "$MAIL" | head -n 1)"
  [[ -n "$TOKEN" ]] && break
  sleep 1
done
if [[ -n "$TOKEN" ]]; then pass "found a token of ${#TOKEN} characters in $(basename "$MAIL")"; else fail "no verification mail"; fi

step "Verify the email address"
call POST /api/v1/auth/verify-email "{\"token\":\"$TOKEN\"}"
expect_status 204

step "Log in"
call POST /api/v1/auth/login "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}"
expect_status 200
ACCESS_TOKEN="$(json_field accessToken)"
[[ -n "$ACCESS_TOKEN" ]] && pass "received an access token" || fail "no access token in the answer"

step "GET /me"
call GET /api/v1/me "" "$ACCESS_TOKEN"
expect_status 200
[[ "$(json_field email)" == "$EMAIL" ]] && pass "the profile shows the registered email" || fail "unexpected profile: $BODY"
echo "   $BODY"

step "List sessions"
call GET /api/v1/me/sessions "" "$ACCESS_TOKEN"
expect_status 200
echo "   $BODY"

step "Log out"
call POST /api/v1/auth/logout "" "$ACCESS_TOKEN"
expect_status 204

step "The old token is rejected after logout"
call GET /api/v1/me "" "$ACCESS_TOKEN"
expect_status 401

if [[ "$FAILED" -eq 0 ]]; then
  printf '\nAll steps passed.\n'
else
  printf '\nSome steps failed.\n'
fi
exit "$FAILED"
