#!/bin/bash
# Bakes the GCP worker image batch-worker-$WORKER_IMAGE_VERSION by hand. worker-image.yml and
# the worker-image workflow do the same build; this script stays for reference until removed.
set -e

source $HAIL/devbin/functions.sh

PROJECT=$(get_global_config_field gcp_project)
ZONE=$(get_global_config_field gcp_zone)
DOCKER_ROOT_IMAGE=$(get_global_config_field docker_root_image)
DOCKER_PREFIX=$(get_global_config_field docker_prefix)

WORKER_IMAGE_VERSION=16
BUILDER=build-batch-worker-image
WORKER_IMAGE=batch-worker-${WORKER_IMAGE_VERSION}

create_build_image_instance() {
    python3 ../ci/jinja2_render.py '{"global":{"docker_root_image":"'${DOCKER_ROOT_IMAGE}'","docker_prefix":"'${DOCKER_PREFIX}'"}}' \
        build-batch-worker-image-startup-gcp.sh build-batch-worker-image-startup-gcp.sh.out

    gcloud -q compute instances create ${BUILDER} \
        --project ${PROJECT} \
        --zone=${ZONE} \
        --machine-type=n1-standard-4 \
        --network=default \
        --subnet=default \
        --network-tier=PREMIUM \
        --metadata-from-file startup-script=build-batch-worker-image-startup-gcp.sh.out \
        --no-restart-on-failure \
        --maintenance-policy=MIGRATE \
        --scopes=https://www.googleapis.com/auth/cloud-platform \
        --image=ubuntu-minimal-2404-noble-amd64-v20260810 \
        --image-project=ubuntu-os-cloud \
        --boot-disk-size=10GB \
        --boot-disk-type=pd-ssd
}

create_worker_image() {
    gcloud -q compute images create ${WORKER_IMAGE} \
        --project ${PROJECT} \
        --source-disk-zone=${ZONE} \
        --source-disk=${BUILDER}

    gcloud -q compute instances delete ${BUILDER} \
        --project ${PROJECT} \
        --zone=${ZONE}
}

main() {
    set -x
    create_build_image_instance
    while [ "$(gcloud compute instances describe ${BUILDER} --project ${PROJECT} --zone ${ZONE} --format='value(status)')" == "RUNNING" ];
    do
        sleep 5
    done
    create_worker_image
}

confirm "Building image with properties:\n Version: ${WORKER_IMAGE_VERSION}\n Project: ${PROJECT}\n Zone: ${ZONE}" && main
