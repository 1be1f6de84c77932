#!/usr/bin/env bash
# API contract check: schemathesis generates requests from /api/schema/ and sends them to a
# live server (gunicorn on a free loopback port, fresh SQLite database, an analyst's token).
# It fails on any 500 and on any response that does not match the schema. Bounded: a few
# examples per operation, and a time limit.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
PY=${PY:-.venv/bin/python}
EXAMPLES=${EXAMPLES:-5}
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export DATABASE_URL="sqlite:///$work/api.sqlite3"
export API_THROTTLE_RATE="1000000/hour"  # the contract check, not the throttle, is under test here

$PY manage.py migrate --noinput -v0
$PY manage.py load_gazetteer --countries AF,NG >/dev/null
$PY manage.py load_groups >/dev/null
$PY manage.py import_acled tests/interchange/fixtures/acled_sample.csv >/dev/null
token=$(DJANGO_SETTINGS_MODULE=config.settings $PY -c "
import django; django.setup()
from django.contrib.auth import get_user_model
from rest_framework.authtoken.models import Token
from accounts.roles import ANALYST, assign_role
from incidents.models import Affiliation, Group, Person
person = Person.objects.create(name='Invented Commander')
Affiliation.objects.create(person=person, group=Group.objects.get(name='Invented Valley Front'), role='commander')
user = get_user_model().objects.create_user('contract-check')
assign_role(user, ANALYST)
print(Token.objects.create(user=user).key)")

port=$($PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
.venv/bin/gunicorn config.wsgi --bind "127.0.0.1:$port" --workers 2 --access-logfile - >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 60); do curl -fsS -o /dev/null "$base/accounts/login/" 2>/dev/null && break; sleep 1; done
curl -fsS -H "Authorization: Token $token" -H "Accept: application/vnd.oai.openapi+json" \
    "$base/api/schema/" >"$work/schema.json"

status=0
# Run from the temporary folder: schemathesis keeps a cache in the working directory.
(cd "$work" && timeout 300 "$root/.venv/bin/schemathesis" run "$work/schema.json" --url "$base" \
    -H "Authorization: Token $token" \
    --checks not_a_server_error,response_schema_conformance,content_type_conformance \
    --phases examples,coverage,fuzzing --max-examples "$EXAMPLES" --seed 17 --workers 1 --generation-database none \
    --no-color) || status=$?
if [ "$status" -ne 0 ]; then
    echo "--- server log (last 60 lines) ---"
    tail -60 "$work/server.log"
fi
exit "$status"
