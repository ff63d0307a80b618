#!/bin/bash
{#
  The Azure builder's provisioning script, a Jinja2 template rendered with `variables:` from
  worker-image.yml; worker-image runs it through run-command, as the hand-run script did. It
  installs Docker and the Azure CLI, logs in with the builder's identity (the batch-worker
  user-assigned identity, `azure.identity`), logs Docker in to the registry, pre-pulls the root
  image, then logs out again so no credential stays in the image. It does not power off:
  worker-image deprovisions, deallocates and generalizes the VM after it returns.

  Variables:
    global.docker_root_image        image every batch job starts from
    global.container_registry_name  the Azure Container Registry holding it
#}
set -ex

export DEBIAN_FRONTEND=noninteractive

# run-command may start while cloud-init still holds the dpkg lock.
cloud-init status --wait || true

apt-get -o DPkg::Lock::Timeout=600 update
apt-get -o DPkg::Lock::Timeout=600 install -y apt-transport-https ca-certificates curl gnupg jq

install -m 0755 -d /etc/apt/keyrings
curl -fsSL https://download.docker.com/linux/ubuntu/gpg -o /etc/apt/keyrings/docker.asc
chmod a+r /etc/apt/keyrings/docker.asc
# shellcheck disable=SC1091
CODENAME="$(. /etc/os-release && echo "${UBUNTU_CODENAME:-$VERSION_CODENAME}")"
echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/ubuntu ${CODENAME} stable" \
    > /etc/apt/sources.list.d/docker.list
apt-get -o DPkg::Lock::Timeout=600 update
apt-get -o DPkg::Lock::Timeout=600 install -y docker-ce docker-ce-cli containerd.io

curl -sL https://aka.ms/InstallAzureCLIDeb | bash

# The builder carries only the batch-worker identity: `--identity` needs no client id.
az login --identity
az acr login --name {{ global.container_registry_name }}
docker pull {{ global.docker_root_image }}

# No registry credential or Azure token in the image.
docker logout {{ global.container_registry_name }}.azurecr.io
az logout
rm -rf /root/.azure

apt-get clean
rm -rf /var/lib/apt/lists/*
