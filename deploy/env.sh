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

# A secret made once per machine when its variable is unset: kept in a file only root reads, so every silo and front
# end of this machine shares it. secret VAR FILE_VAR DEFAULT_FILE PREFIX: with a prefix, a signing key list
# "PREFIXyyyymmdd:base64secret" (the first signs; see README "Access"); without, a bare base64 key.
secret() {
  local var="$1" file_var="$2" default_file="$3" prefix="$4"
  [[ -n "${!var:-}" ]] && return
  [[ -n "${!file_var:-}" ]] || printf -v "$file_var" '%s' "$default_file"
  local file="${!file_var}"
  if [[ ! -s "$file" ]]; then
    mkdir -p "$(dirname "$file")"
    (umask 077 && if [[ -n "$prefix" ]]; then echo "$prefix$(date +%Y%m%d):$(head -c 32 /dev/urandom | base64 -w0)"; else head -c 32 /dev/urandom | base64 -w0; fi > "$file")
  fi
  printf -v "$var" '%s' "$(cat "$file")"
}
secret CG_JWT_KEYS CG_KEY_FILE /var/lib/collectiongrains/jwt-keys k               # API tokens
secret CG_LINK_KEYS CG_LINK_KEY_FILE /var/lib/collectiongrains/link-keys l        # pay links
secret CG_PAY_PROVIDER_KEY CG_PAY_PROVIDER_KEY_FILE /var/lib/collectiongrains/pay-provider-key ""   # the provider's notifications
secret CG_DOOR_KEYS CG_DOOR_KEY_FILE /var/lib/collectiongrains/door-keys d        # door codes (visit proof)
export CG_JWT_KEYS CG_LINK_KEYS CG_PAY_PROVIDER_KEY CG_DOOR_KEYS
