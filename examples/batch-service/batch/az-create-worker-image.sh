#!/bin/bash
# Bakes the Azure gallery version batch-worker-22-04/$WORKER_IMAGE_VERSION by hand.
# worker-image.yml and the worker-image workflow do the same build.
set -ex

if [ -z "$1" ] || [ -z "$2" ] || [ -z "$3" ]; then
    echo "Usage: ./az-create-worker-image.sh <RESOURCE_GROUP> <LOCATION> <USERNAME>"
    exit 1
fi

RESOURCE_GROUP=$1
LOCATION=$2
USERNAME=$3

WORKER_IMAGE_VERSION=0.0.13
CONTAINER_REGISTRY_NAME=${RESOURCE_GROUP}
SHARED_GALLERY_NAME="${RESOURCE_GROUP}_batch"
BUILD_IMAGE_RESOURCE_GROUP="${RESOURCE_GROUP}-build-batch-worker-image"
VM_NAME=build-batch-worker-image

DOCKER_ROOT_IMAGE=$(kubectl get secret global-config --template={{.data.docker_root_image}} | base64 --decode)
SUBSCRIPTION_ID=$(az account show --query id --output tsv)
BATCH_WORKER_IDENTITY=$(az identity show --resource-group ${RESOURCE_GROUP} --name batch-worker --query id --output tsv)

az group create --name $BUILD_IMAGE_RESOURCE_GROUP --location ${LOCATION}

IP=$(az vm create \
    --resource-group $BUILD_IMAGE_RESOURCE_GROUP \
    --name $VM_NAME \
    --image Ubuntu2204 \
    --generate-ssh-keys \
    --public-ip-sku Standard \
    --assign-identity ${BATCH_WORKER_IDENTITY} \
    | jq -jr '.publicIpAddress')

python3 ../ci/jinja2_render.py '{"global":{"container_registry_name":"'${CONTAINER_REGISTRY_NAME}'","docker_root_image":"'${DOCKER_ROOT_IMAGE}'"}}' \
    build-batch-worker-image-startup-azure.sh build-batch-worker-image-startup-azure.sh.out

az vm run-command invoke \
    --resource-group $BUILD_IMAGE_RESOURCE_GROUP \
    --name $VM_NAME \
    --command-id RunShellScript \
    --scripts @build-batch-worker-image-startup-azure.sh.out

ssh -o StrictHostKeyChecking=accept-new $USERNAME@$IP 'sudo waagent -deprovision+user -force'

az vm deallocate --resource-group $BUILD_IMAGE_RESOURCE_GROUP --name $VM_NAME
az vm generalize --resource-group $BUILD_IMAGE_RESOURCE_GROUP --name $VM_NAME

az sig image-version create \
    --resource-group ${RESOURCE_GROUP} \
    --gallery-name ${SHARED_GALLERY_NAME} \
    --gallery-image-definition batch-worker-22-04 \
    --gallery-image-version ${WORKER_IMAGE_VERSION} \
    --target-regions ${LOCATION} \
    --replica-count 1 \
    --managed-image "/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${BUILD_IMAGE_RESOURCE_GROUP}/providers/Microsoft.Compute/virtualMachines/${VM_NAME}"

az group delete --name $BUILD_IMAGE_RESOURCE_GROUP --yes
