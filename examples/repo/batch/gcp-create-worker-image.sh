#!/bin/bash
# Bakes the GCP worker image batch-worker-$WORKER_IMAGE_VERSION by hand; CI uses worker-image.
set -ex

source $HAIL/devbin/functions.sh

PROJECT=$(get_global_config_field gcp_project)
ZONE=$(get_global_config_field gcp_zone)
DOCKER_ROOT_IMAGE=$(get_global_config_field docker_root_image)

WORKER_IMAGE_VERSION=23
BUILDER=build-batch-worker-image
WORKER_IMAGE=batch-worker-${WORKER_IMAGE_VERSION}

gcloud compute instances create $BUILDER \
    --project $PROJECT \
    --zone=$ZONE \
    --machine-type=n1-standard-4 \
    --subnet=batch-worker-subnet \
    --image-family=ubuntu-minimal-2204-lts \
    --image-project=ubuntu-os-cloud \
    --boot-disk-size=10GB \
    --metadata-from-file startup-script=build-batch-worker-image-startup-gcp.sh
