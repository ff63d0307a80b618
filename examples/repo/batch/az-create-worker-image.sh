#!/bin/bash
# Bakes the Azure gallery version batch-worker-22-04/$WORKER_IMAGE_VERSION by hand.
set -ex

source $HAIL/devbin/functions.sh

RESOURCE_GROUP=$(get_global_config_field azure_resource_group)
LOCATION=$(get_global_config_field azure_location)
SHARED_GALLERY_NAME="${RESOURCE_GROUP}_batch"
BUILD_IMAGE_RESOURCE_GROUP="${RESOURCE_GROUP}-build-batch-worker-image"
VM_NAME=build-batch-worker-image

WORKER_IMAGE_VERSION=0.0.14

az sig image-version create \
    --resource-group $RESOURCE_GROUP \
    --gallery-name $SHARED_GALLERY_NAME \
    --gallery-image-definition batch-worker-22-04 \
    --gallery-image-version $WORKER_IMAGE_VERSION \
    --target-regions $LOCATION \
    --managed-image "/subscriptions/$(az account show --query id -o tsv)/resourceGroups/${BUILD_IMAGE_RESOURCE_GROUP}/providers/Microsoft.Compute/images/${VM_NAME}-image"
