# Settings shared by every script, the silo and the tests: source this file.
# Each variable keeps a value already set in the environment; these are the defaults
# (the same ones src/CollectionGrains.Hosting uses when a variable is unset).
: "${CG_PG_HOST:=127.0.0.1}"
: "${CG_PG_PORT:=5433}"
: "${CG_PG_DB:=collectiongrains}"
: "${CG_PG_USER:=collectiongrains}"
: "${CG_PG_DATA:=/var/lib/collectiongrains/pg}"
: "${CG_PG_POOL:=16}"          # connections per pool in each process: a few per core of the database server
: "${CG_CLUSTER_ID:=collectiongrains-dev}"
: "${CG_SERVICE_ID:=collectiongrains}"
: "${CG_SILO_PORT:=11111}"
: "${CG_GATEWAY_PORT:=30000}"
: "${CG_HTTP_URL:=http://127.0.0.1:5080}"
# The database password: unset, one made once per machine and kept in $CG_PG_PASSWORD_FILE (setup.sh gives it to the
# role); the silo reads the same file when the variable is unset.
if [[ -z "${CG_PG_PASSWORD:-}" ]]; then
  : "${CG_PG_PASSWORD_FILE:=/var/lib/collectiongrains/pg-password}"
  if [[ ! -s "$CG_PG_PASSWORD_FILE" ]]; then
    mkdir -p "$(dirname "$CG_PG_PASSWORD_FILE")"
    (umask 077 && head -c 24 /dev/urandom | base64 -w0 | tr '+/' '-_' > "$CG_PG_PASSWORD_FILE")
  fi
  CG_PG_PASSWORD="$(cat "$CG_PG_PASSWORD_FILE")"
fi
export CG_PG_HOST CG_PG_PORT CG_PG_DB CG_PG_USER CG_PG_PASSWORD CG_PG_DATA CG_PG_POOL
export CG_CLUSTER_ID CG_SERVICE_ID CG_SILO_PORT CG_GATEWAY_PORT CG_HTTP_URL

# Token signing keys (keyId:base64secret, the first signs; see README "Access"). Unset: one key, made once per machine
# and kept in $CG_KEY_FILE, so every silo and front end of this machine accepts the others' tokens.
if [[ -z "${CG_JWT_KEYS:-}" ]]; then
  : "${CG_KEY_FILE:=/var/lib/collectiongrains/jwt-keys}"
  if [[ ! -s "$CG_KEY_FILE" ]]; then
    mkdir -p "$(dirname "$CG_KEY_FILE")"
    (umask 077 && echo "k$(date +%Y%m%d):$(head -c 32 /dev/urandom | base64 -w0)" > "$CG_KEY_FILE")
  fi
  CG_JWT_KEYS="$(cat "$CG_KEY_FILE")"
fi
export CG_JWT_KEYS

# Pay links (CG_LINK_KEYS, keyId:base64secret, the first signs) and the key the payment provider signs its
# notifications with (CG_PAY_PROVIDER_KEY, base64): unset, made once per machine beside the token keys.
if [[ -z "${CG_LINK_KEYS:-}" ]]; then
  : "${CG_LINK_KEY_FILE:=/var/lib/collectiongrains/link-keys}"
  if [[ ! -s "$CG_LINK_KEY_FILE" ]]; then
    mkdir -p "$(dirname "$CG_LINK_KEY_FILE")"
    (umask 077 && echo "l$(date +%Y%m%d):$(head -c 32 /dev/urandom | base64 -w0)" > "$CG_LINK_KEY_FILE")
  fi
  CG_LINK_KEYS="$(cat "$CG_LINK_KEY_FILE")"
fi
if [[ -z "${CG_PAY_PROVIDER_KEY:-}" ]]; then
  : "${CG_PAY_PROVIDER_KEY_FILE:=/var/lib/collectiongrains/pay-provider-key}"
  if [[ ! -s "$CG_PAY_PROVIDER_KEY_FILE" ]]; then
    mkdir -p "$(dirname "$CG_PAY_PROVIDER_KEY_FILE")"
    (umask 077 && head -c 32 /dev/urandom | base64 -w0 > "$CG_PAY_PROVIDER_KEY_FILE")
  fi
  CG_PAY_PROVIDER_KEY="$(cat "$CG_PAY_PROVIDER_KEY_FILE")"
fi
# Door codes of the visit proof (CG_DOOR_KEYS, keyId:base64secret, the first signs): unset, made once per machine.
if [[ -z "${CG_DOOR_KEYS:-}" ]]; then
  : "${CG_DOOR_KEY_FILE:=/var/lib/collectiongrains/door-keys}"
  if [[ ! -s "$CG_DOOR_KEY_FILE" ]]; then
    mkdir -p "$(dirname "$CG_DOOR_KEY_FILE")"
    (umask 077 && echo "d$(date +%Y%m%d):$(head -c 32 /dev/urandom | base64 -w0)" > "$CG_DOOR_KEY_FILE")
  fi
  CG_DOOR_KEYS="$(cat "$CG_DOOR_KEY_FILE")"
fi
export CG_LINK_KEYS CG_PAY_PROVIDER_KEY CG_DOOR_KEYS
