#!/usr/bin/env bash
# Builds the two images (silo, front end) with the first container builder found: docker, podman or buildah.
# Usage: deploy/containers/build.sh [tag]   (default tag: latest) -> collectiongrains/silo:TAG, collectiongrains/frontend:TAG
# Exits 2, saying so, when the machine has no builder that can build (a docker client without an engine counts as none).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tag="${1:-latest}"
if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
  build=(docker build)
elif command -v podman >/dev/null && podman info >/dev/null 2>&1; then
  build=(podman build)
elif command -v buildah >/dev/null; then
  build=(buildah bud)
else
  echo "containers: no container builder here (docker with a running engine, podman or buildah); nothing built" >&2
  exit 2
fi
for image in silo frontend; do
  echo "containers: building collectiongrains/$image:$tag"
  "${build[@]}" -f "$root/deploy/containers/$image.Dockerfile" -t "collectiongrains/$image:$tag" "$root"
done
