#!/usr/bin/env bash
# Walks through the platform with curl.
# Identity: register an owner, read the verification token from the mail outbox, verify, log
# in, call /me, list sessions, log out, and show that the old token is rejected.
# Medical records: an administrator imports the Seoul register and prints the report, then
# creates a hospital administrator who adds a staff member. The owner adds a pet and grants
# one hospital access. That hospital's staff member writes a health note and the owner reads
# it. A staff member of another hospital is refused.
# Insurance: the owner enrolls the pet, pays the first premium (a retry with the same
# Idempotency-Key returns the same payment), uploads an invoice PDF and, with the server
# clock moved past the waiting period, submits a claim. An adjuster approves it, the payout
# is paid, and a finance operator sees it with the account number masked. A security auditor
# verifies the audit chain.
# Monitoring: the owner pays 5,000,000 won, and the auditor reads the alerts: a WARNING for
# the cross-hospital attempt and a CRITICAL for the high-value payment. The auditor then signs
# in to the security console, which lists the same alerts.
# With no argument it creates an administrator, starts the application in local mode on a
# fresh state folder and stops it afterwards. Given a base URL, it uses that server instead,
# reads mail from PETTOYOU_MAIL_OUTBOX (default .pettoyou/outbox) and signs in as the
# administrator named by PETTOYOU_ADMIN_EMAIL and PETTOYOU_ADMIN_PASSWORD.
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
  if [[ -n "$STATE_DIR" ]]; then rm -rf "$STATE_DIR"; fi
}
trap stop_server EXIT

start_server() {
  STATE_DIR="$(mktemp -d)"
  export PETTOYOU_STATE_DIR="$STATE_DIR/state" PETTOYOU_MAIL_OUTBOX="$STATE_DIR/outbox"
  if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  fi
  export PETTOYOU_ADMIN_EMAIL="admin-$(date +%s)@example.test"
  export PETTOYOU_ADMIN_PASSWORD="demo administrator passphrase $RANDOM$RANDOM"
  step "Creating the platform administrator with the create-admin command"
  if ./mvnw -B -ntp spring-boot:test-run -Dspring-boot.run.arguments=create-admin >"$STATE_DIR/create-admin.log" 2>&1; then
    pass "$(grep -m 1 'Created the platform administrator' "$STATE_DIR/create-admin.log" || echo 'created')"
  else
    tail -n 40 "$STATE_DIR/create-admin.log"; fail "create-admin failed"; exit 1
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

# Sends a request; sets STATUS and BODY. Arguments: method, path, optional JSON body, optional
# token, optional Access-Purpose header value.
call() {
  local method="$1" path="$2" data="${3:-}" token="${4:-}" purpose="${5:-}"
  local args=(-sS -o /tmp/pettoyou-demo-body.$$ -w '%{http_code}' -X "$method" -H 'User-Agent: pettoyou-demo/1.0')
  [[ -n "$data" ]] && args+=(-H 'Content-Type: application/json' --data "$data")
  [[ -n "$token" ]] && args+=(-H "Authorization: Bearer $token")
  [[ -n "$purpose" ]] && args+=(-H "Access-Purpose: $purpose")
  [[ -n "${IDEMPOTENCY_KEY:-}" ]] && args+=(-H "Idempotency-Key: $IDEMPOTENCY_KEY")
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

json_number() {
  sed -n "s/.*\"$1\":\\([0-9-]*\\).*/\\1/p" <<<"$BODY"
}

# Prints the newest token sent to an address in a mail whose subject contains a word.
mail_token() {
  local address="$1" word="$2" mail="" token=""
  for _ in $(seq 1 10); do
    mail="$(grep -l "^Subject: .*$word" $(grep -l "^To: $address" "$OUTBOX"/*.eml 2>/dev/null) 2>/dev/null | tail -n 1 || true)"
    [[ -n "$mail" ]] && token="$(sed -n 's/.*#token=\([A-Za-z0-9_-]*\).*/\1/p' "$mail" | head -n 1)"
    [[ -n "$token" ]] && break
    sleep 1
  done
  printf '%s' "$token"
}

# Writes a one-page invoice as a PDF with a correct cross-reference table.
write_invoice_pdf() {
  local file="$1" content offsets=() body="" object
  content='BT /F1 16 Tf 72 760 Td (Invoice: otitis externa, ear cleaning and drops, 55000 won) Tj ET'
  local objects=(
    '<< /Type /Catalog /Pages 2 0 R >>'
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'
    "<< /Length ${#content} >>"$'\nstream\n'"$content"$'\nendstream'
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
  )
  body=$'%PDF-1.4\n'
  for i in "${!objects[@]}"; do
    offsets+=("${#body}")
    body+="$((i + 1)) 0 obj"$'\n'"${objects[$i]}"$'\nendobj\n'
  done
  local xref="${#body}"
  body+=$'xref\n0 6\n0000000000 65535 f \n'
  for object in "${offsets[@]}"; do body+="$(printf '%010d 00000 n ' "$object")"$'\n'; done
  body+="trailer"$'\n'"<< /Size 6 /Root 1 0 R >>"$'\n'"startxref"$'\n'"$xref"$'\n%%EOF\n'
  printf '%s' "$body" >"$file"
}

# Sets the password of an account created by an administrator from its mail, then logs in.
# Sets ACTIVATED to the access token.
activate() {
  local address="$1" token
  ACTIVATED=""
  token="$(mail_token "$address" account)"
  call POST /api/v1/auth/password/reset "{\"token\":\"$token\",\"newPassword\":\"$PASSWORD\"}"
  [[ "$STATUS" == 204 ]] || { fail "setting the password of $address failed: $STATUS $BODY"; return; }
  call POST /api/v1/auth/login "{\"email\":\"$address\",\"password\":\"$PASSWORD\"}"
  ACTIVATED="$(json_field accessToken)"
  [[ -n "$ACTIVATED" ]] && pass "$address is signed in" || fail "$address could not sign in: $STATUS"
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

step "Log the administrator in"
if [[ -z "${PETTOYOU_ADMIN_EMAIL:-}" || -z "${PETTOYOU_ADMIN_PASSWORD:-}" ]]; then
  fail "set PETTOYOU_ADMIN_EMAIL and PETTOYOU_ADMIN_PASSWORD to an administrator of $BASE_URL"
  exit 1
fi
call POST /api/v1/auth/login "{\"email\":\"$PETTOYOU_ADMIN_EMAIL\",\"password\":\"$PETTOYOU_ADMIN_PASSWORD\"}"
expect_status 200
ADMIN="$(json_field accessToken)"

step "Import the Seoul register of animal hospitals"
call POST /api/v1/admin/hospitals/import "" "$ADMIN"
expect_status 200
READ="$(json_number read)"
printf '   report: read %s, imported %s, updated %s, unchanged %s, rejected %s\n' "$READ" \
  "$(json_number imported)" "$(json_number updated)" "$(json_number unchanged)" \
  "$(grep -o '"row":' <<<"$BODY" | wc -l | tr -d ' ')"
[[ "$READ" == 885 ]] && pass "885 hospitals in the register" || fail "expected 885 rows, read $READ"

step "Pick two hospitals from the directory"
call GET "/api/v1/hospitals?size=2" "" "$ADMIN"
expect_status 200
HOSPITAL="$(grep -o '"id":"[^"]*"' <<<"$BODY" | sed -n 1p | cut -d'"' -f4)"
OTHER_HOSPITAL="$(grep -o '"id":"[^"]*"' <<<"$BODY" | sed -n 2p | cut -d'"' -f4)"
[[ -n "$HOSPITAL" && -n "$OTHER_HOSPITAL" ]] && pass "hospitals $HOSPITAL and $OTHER_HOSPITAL" || fail "no hospitals: $BODY"

step "The administrator creates a hospital administrator, who adds a staff member"
STAMP="$(date +%s)-$RANDOM"
call POST /api/v1/admin/accounts "{\"email\":\"head-$STAMP@example.test\",\"name\":\"Head Vet\",\"role\":\"HOSPITAL_ADMIN\",\"hospitalId\":\"$HOSPITAL\"}" "$ADMIN"
expect_status 201
activate "head-$STAMP@example.test"
HEAD="$ACTIVATED"
call POST "/api/v1/hospitals/$HOSPITAL/staff" "{\"email\":\"vet-$STAMP@example.test\",\"name\":\"Staff Vet\"}" "$HEAD"
expect_status 201
activate "vet-$STAMP@example.test"
STAFF="$ACTIVATED"
call POST /api/v1/admin/accounts "{\"email\":\"other-$STAMP@example.test\",\"name\":\"Other Vet\",\"role\":\"HOSPITAL_STAFF\",\"hospitalId\":\"$OTHER_HOSPITAL\"}" "$ADMIN"
expect_status 201
activate "other-$STAMP@example.test"
OTHER_STAFF="$ACTIVATED"

step "The owner adds a pet and grants the first hospital access"
call POST /api/v1/auth/login "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}"
OWNER="$(json_field accessToken)"
call POST /api/v1/pets '{"name":"Bori","species":"DOG","breed":"진돗개","birthDate":"2021-05-04"}' "$OWNER"
expect_status 201
PET="$(json_field id)"
call POST "/api/v1/pets/$PET/hospital-access" "{\"hospitalId\":\"$HOSPITAL\",\"purpose\":\"Treatment of an ear infection\"}" "$OWNER"
expect_status 201

step "The granted hospital's staff member writes a health note (Access-Purpose: TREATMENT)"
VISIT="$(date -u +%Y-%m-%d -d 'yesterday' 2>/dev/null || date -u -v-1d +%Y-%m-%d)"
call POST "/api/v1/pets/$PET/health-notes" "{\"visitDate\":\"$VISIT\",\"diagnosis\":\"Otitis externa, left ear <script>alert(1)</script>\",\"treatment\":\"Ear cleaning; drops twice daily for 7 days\",\"actualCost\":55000}" "$STAFF" TREATMENT
expect_status 201
NOTE="$(json_field id)"

step "The owner reads the note"
call GET "/api/v1/health-notes/$NOTE" "" "$OWNER"
expect_status 200
echo "   diagnosis: $(json_field diagnosis)"
[[ "$(json_field diagnosis)" == "Otitis externa, left ear" ]] && pass "the script was removed and the text kept" \
  || fail "unexpected diagnosis: $BODY"

step "A staff member of another hospital is refused"
call GET "/api/v1/health-notes/$NOTE" "" "$OTHER_STAFF" TREATMENT
expect_status 403

step "The owner enrolls the pet in Standard Care 70"
call GET /api/v1/insurance/products "" "$OWNER"
expect_status 200
PRODUCT_JSON="$(grep -o '{[^{}]*"name":"Standard Care 70"[^{}]*}' <<<"$BODY")"
PRODUCT="$(BODY="$PRODUCT_JSON" json_field id)"
PREMIUM="$(BODY="$PRODUCT_JSON" json_number monthlyPremium)"
call POST /api/v1/insurance/policies "{\"petId\":\"$PET\",\"productId\":\"$PRODUCT\"}" "$OWNER"
expect_status 201
POLICY="$(json_field id)"
echo "   policy $POLICY is $(json_field status)"

step "The owner pays the first premium ($PREMIUM won) with an Idempotency-Key"
IDEMPOTENCY_KEY="demo-premium-$STAMP"
call POST /api/v1/payments "{\"policyId\":\"$POLICY\",\"amount\":$PREMIUM}" "$OWNER"
expect_status 201
PAYMENT="$(json_field id)"
echo "   payment $PAYMENT is $(json_field status)"
call POST /api/v1/payments "{\"policyId\":\"$POLICY\",\"amount\":$PREMIUM}" "$OWNER"
[[ "$(json_field id)" == "$PAYMENT" ]] && pass "the retry with the same key returned the same payment" \
  || fail "the retry returned another answer: $STATUS $BODY"
unset IDEMPOTENCY_KEY
call GET /api/v1/insurance/policies "" "$OWNER"
grep -q '"status":"ACTIVE"' <<<"$BODY" && pass "the policy is ACTIVE" || fail "the policy is not active: $BODY"

step "The owner uploads the invoice as a PDF"
INVOICE="$(mktemp -d)/invoice.pdf"
write_invoice_pdf "$INVOICE"
STATUS="$(curl -sS -o /tmp/pettoyou-demo-body.$$ -w '%{http_code}' -H 'User-Agent: pettoyou-demo/1.0' \
  -H "Authorization: Bearer $OWNER" -F "file=@$INVOICE;type=application/pdf" "$BASE_URL/api/v1/documents")"
BODY="$(cat /tmp/pettoyou-demo-body.$$)"; rm -f /tmp/pettoyou-demo-body.$$ "$INVOICE"
expect_status 201
DOCUMENT="$(json_field id)"
echo "   document $DOCUMENT, $(json_field contentType), $(json_number size) bytes"

step "The owner sets the payout account"
call PUT /api/v1/me/payout-account '{"bankCode":"004","accountNumber":"123-456-789012","holderName":"Demo Owner"}' "$OWNER"
[[ "$STATUS" == 200 || "$STATUS" == 204 ]] && pass "HTTP $STATUS" || fail "expected 200 or 204, got $STATUS: $BODY"

step "Move the server clock 65 days on, past the policy's waiting period (local mode only)"
call POST /api/v1/dev/clock '{"advanceSeconds":5616000}'
expect_status 200
NOW="$(json_field now)"
INCIDENT="$(date -u -d "@$(( $(date -u -d "$NOW" +%s) - 86400 ))" +%Y-%m-%d)"
echo "   server time $NOW; every session has ended, so everyone signs in again"
call POST /api/v1/auth/login "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}"
OWNER="$(json_field accessToken)"
call POST /api/v1/auth/login "{\"email\":\"$PETTOYOU_ADMIN_EMAIL\",\"password\":\"$PETTOYOU_ADMIN_PASSWORD\"}"
ADMIN="$(json_field accessToken)"
[[ -n "$OWNER" && -n "$ADMIN" ]] && pass "the owner and the administrator are signed in" || fail "sign-in failed: $BODY"

step "The owner submits a claim for the visit on $INCIDENT with the note and the invoice"
call POST /api/v1/claims "{\"policyId\":\"$POLICY\",\"claimType\":\"GENERAL\",\"incidentDate\":\"$INCIDENT\",\"diagnosis\":\"Otitis externa, left ear\",\"totalClaimAmount\":55000,\"costBreakdown\":[{\"item\":\"Consultation\",\"amount\":20000},{\"item\":\"Ear cleaning and drops\",\"amount\":35000}],\"healthNoteIds\":[\"$NOTE\"],\"documentIds\":[\"$DOCUMENT\"]}" "$OWNER"
expect_status 201
CLAIM="$(json_field id)"
echo "   claim $CLAIM is $(json_field status)"

step "A claims adjuster reviews and approves the claim (Access-Purpose: CLAIM_REVIEW)"
call POST /api/v1/admin/accounts "{\"email\":\"adjuster-$STAMP@example.test\",\"name\":\"Adjuster\",\"role\":\"CLAIMS_ADJUSTER\"}" "$ADMIN"
expect_status 201
activate "adjuster-$STAMP@example.test"
ADJUSTER="$ACTIVATED"
call POST "/api/v1/claims/$CLAIM/review" "" "$ADJUSTER" CLAIM_REVIEW
expect_status 200
call GET "/api/v1/claims/$CLAIM" "" "$ADJUSTER" CLAIM_REVIEW
expect_status 200
echo "   the adjuster sees status $(json_field status) and diagnosis: $(json_field diagnosis)"
call POST "/api/v1/claims/$CLAIM/approve" '{"approvedAmount":55000,"note":"Covered general treatment"}' "$ADJUSTER" CLAIM_REVIEW
expect_status 200
echo "   approved $(json_number approvedAmount) won; payout $(json_number payoutAmount) won (70% after the 20,000 won deductible)"
[[ "$(json_field status)" == APPROVED || "$(json_field status)" == PAID ]] && pass "the claim is APPROVED" \
  || fail "unexpected answer: $BODY"
CLAIM_STATUS=""
for _ in $(seq 1 10); do
  call GET "/api/v1/claims/$CLAIM" "" "$OWNER"
  CLAIM_STATUS="$(json_field status)"
  [[ "$CLAIM_STATUS" == PAID ]] && break
  sleep 1
done
echo "   claim status: $CLAIM_STATUS"
[[ "$CLAIM_STATUS" == PAID ]] && pass "the payout was paid" || fail "the claim is $CLAIM_STATUS: $BODY"

step "A finance operator sees the payout"
call POST /api/v1/admin/accounts "{\"email\":\"finance-$STAMP@example.test\",\"name\":\"Finance\",\"role\":\"FINANCE_OPERATOR\"}" "$ADMIN"
expect_status 201
activate "finance-$STAMP@example.test"
call GET /api/v1/payouts "" "$ACTIVATED"
expect_status 200
PAYOUT_JSON="$(grep -o "{[^{}]*\"claimId\":\"$CLAIM\"[^{}]*}" <<<"$BODY")"
echo "   $PAYOUT_JSON"
grep -q '"accountNumber":"\*' <<<"$PAYOUT_JSON" && ! grep -q '789012' <<<"$PAYOUT_JSON" \
  && pass "the account number is masked" || fail "the payout shows the account number: $PAYOUT_JSON"

step "A security auditor verifies the audit chain"
call POST /api/v1/admin/accounts "{\"email\":\"auditor-$STAMP@example.test\",\"name\":\"Auditor\",\"role\":\"SECURITY_AUDITOR\"}" "$ADMIN"
expect_status 201
activate "auditor-$STAMP@example.test"
AUDITOR="$ACTIVATED"
call GET "/api/v1/audit/events?resourceId=$CLAIM&size=100" "" "$AUDITOR"
expect_status 200
echo "   the claim's audit trail, oldest first: $(grep -o '"action":"[^"]*"' <<<"$BODY" | cut -d'"' -f4 | tac | tr '\n' ' ')"
call GET /api/v1/audit/verification "" "$AUDITOR"
expect_status 200
echo "   $BODY"
echo "   status: $(json_field status), verified events: $(json_number verifiedEvents)"
[[ "$(json_field status)" == VALID ]] && pass "the audit chain is VALID" || fail "the chain is not valid: $BODY"

step "The owner pays 5,000,000 won, a high-value payment"
IDEMPOTENCY_KEY="demo-high-value-$STAMP"
call POST /api/v1/payments "{\"policyId\":\"$POLICY\",\"amount\":5000000}" "$OWNER"
unset IDEMPOTENCY_KEY
expect_status 201
HIGH_VALUE_PAYMENT="$(json_field id)"
echo "   payment $HIGH_VALUE_PAYMENT is $(json_field status)"

step "The security auditor reads the alerts: the cross-hospital attempt and the high-value payment"
# Monitoring stores events and raises alerts on a worker thread, so allow it a moment.
for _ in $(seq 1 20); do
  call GET "/api/v1/security/alerts?size=100" "" "$AUDITOR"
  grep -q "$HIGH_VALUE_PAYMENT" <<<"$BODY" && break
  sleep 0.5
done
expect_status 200
ALERTS="$(grep -o '{[^{}]*"level":"[A-Z]*"[^{}]*}' <<<"$BODY")"
while IFS= read -r alert; do
  [[ -n "$alert" ]] && printf '   %-8s %-15s %s\n' "$(BODY="$alert" json_field level)" \
    "$(BODY="$alert" json_field category)" "$(BODY="$alert" json_field message)"
done <<<"$(grep -v '"level":"INFO"' <<<"$ALERTS")"
grep -q '"level":"WARNING","category":"DATA_ACCESS","rule":"CROSS_HOSPITAL_ACCESS","message":"Account [0-9a-f-]* tried to reach the records' <<<"$ALERTS" \
  && pass "a WARNING alert for the cross-hospital attempt" || fail "no WARNING alert for the cross-hospital attempt: $BODY"
grep -q "\"level\":\"CRITICAL\",\"category\":\"FINANCIAL\",\"rule\":\"HIGH_VALUE_TRANSACTION\",\"message\":\"Payment of 5,000,000 won (payment $HIGH_VALUE_PAYMENT" <<<"$ALERTS" \
  && pass "a CRITICAL alert for the high-value payment" || fail "no CRITICAL alert for the payment: $BODY"
! grep -q '@' <<<"$BODY" && pass "no alert holds an email address" || fail "an alert holds an email address"

step "The auditor signs in to the security console, which shows the same alerts"
CONSOLE_HEADERS="$(mktemp)"
STATUS="$(curl -sS -o /dev/null -D "$CONSOLE_HEADERS" -w '%{http_code}' -H 'User-Agent: pettoyou-demo/1.0' \
  -H 'Sec-Fetch-Site: same-origin' --data-urlencode "email=auditor-$STAMP@example.test" \
  --data-urlencode "password=$PASSWORD" "$BASE_URL/console/sign-in")"
COOKIES="$(grep -i '^set-cookie:' "$CONSOLE_HEADERS" | sed 's/^[^:]*: *\([^;]*\).*/\1/' | tr -d '\r' | paste -sd ';' -)"
rm -f "$CONSOLE_HEADERS"
[[ "$STATUS" == 303 && "$COOKIES" == *__Host-pettoyou-session=* ]] && pass "signed in (HTTP 303 with the session cookie)" \
  || fail "the console sign-in answered $STATUS"
PAGE="$(curl -sS -H 'User-Agent: pettoyou-demo/1.0' -H "Cookie: $COOKIES" "$BASE_URL/console")"
grep -q "Payment of 5,000,000 won (payment $HIGH_VALUE_PAYMENT" <<<"$PAGE" \
  && pass "the console lists the CRITICAL payment alert" || fail "the console does not list the payment alert"
grep -q 'without a grant to its hospital' <<<"$PAGE" \
  && pass "the console lists the WARNING cross-hospital alert" || fail "the console does not list the cross-hospital alert"
grep -q 'VALID' <<<"$PAGE" && pass "the console shows the audit chain status" || fail "the console shows no chain status"

if [[ "$FAILED" -eq 0 ]]; then
  printf '\nAll steps passed.\n'
else
  printf '\nSome steps failed.\n'
fi
exit "$FAILED"
