#!/bin/bash
{#
  The GCP builder's startup script, a Jinja2 template rendered with `variables:` from
  worker-image.yml (the hand-run script rendered it with ci/jinja2_render.py). It installs
  Docker, lets Docker pull from Artifact Registry with the builder's service account (the
  project's default one, scope cloud-platform: docker-credential-gcr reads its token from the
  metadata server), pre-pulls the root image every job starts from, and powers off.

  Variables:
    global.docker_root_image  image every batch job starts from
    global.docker_prefix      the registry prefix of the service's images
#}
set -ex

export DEBIAN_FRONTEND=noninteractive

apt-get update
apt-get install -y apt-transport-https ca-certificates curl gnupg jq software-properties-common

install -m 0755 -d /etc/apt/keyrings
curl -fsSL https://download.docker.com/linux/ubuntu/gpg -o /etc/apt/keyrings/docker.asc
chmod a+r /etc/apt/keyrings/docker.asc
# shellcheck disable=SC1091
CODENAME="$(. /etc/os-release && echo "${UBUNTU_CODENAME:-$VERSION_CODENAME}")"
echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/ubuntu ${CODENAME} stable" \
    > /etc/apt/sources.list.d/docker.list
apt-get update
apt-get install -y docker-ce docker-ce-cli containerd.io

# Credentials for Artifact Registry from the VM's service account (metadata server).
VERSION=2.1.22
curl -fsSL "https://github.com/GoogleCloudPlatform/docker-credential-gcr/releases/download/v${VERSION}/docker-credential-gcr_linux_amd64-${VERSION}.tar.gz" \
    | tar xz docker-credential-gcr
install -m 0755 docker-credential-gcr /usr/bin/docker-credential-gcr
rm docker-credential-gcr
docker-credential-gcr configure-docker --include-artifact-registry

echo 'DOCKER_PREFIX={{ global.docker_prefix }}' >> /etc/environment
docker pull {{ global.docker_root_image }}

# Keep the image small: no package caches.
apt-get clean
rm -rf /var/lib/apt/lists/*

shutdown -h now
