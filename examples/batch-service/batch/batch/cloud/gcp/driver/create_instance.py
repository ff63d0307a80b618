import base64
import logging
from typing import Any, Dict, List

from ....globals import DEFAULT_NAMESPACE, INSTANCE_VERSION

log = logging.getLogger('create_instance')

MACHINE_NAME_PREFIX = f'batch-worker-{DEFAULT_NAMESPACE}-'


def create_vm_config(
    zone: str,
    machine_name: str,
    machine_type: str,
    project: str,
    boot_disk_size_gb: int,
    preemptible: bool,
    startup_script: str,
    labels: Dict[str, str],
) -> Dict[str, Any]:
    region = zone.rsplit('-', 1)[0]
    return {
        'name': machine_name,
        'machineType': f'projects/{project}/zones/{zone}/machineTypes/{machine_type}',
        'labels': {**labels, 'role': 'batch2-agent', 'namespace': DEFAULT_NAMESPACE},
        'disks': [
            {
                'boot': True,
                'autoDelete': True,
                'initializeParams': {
                    'sourceImage': f'projects/{project}/global/images/batch-worker-16',
                    'diskType': f'projects/{project}/zones/{zone}/diskTypes/pd-ssd',
                    'diskSizeGb': str(boot_disk_size_gb),
                },
            }
        ],
        'networkInterfaces': [
            {
                'network': 'global/networks/default',
                'subnetwork': f'regions/{region}/subnetworks/default',
                'accessConfigs': [{'type': 'ONE_TO_ONE_NAT', 'name': 'external-nat'}],
            }
        ],
        'scheduling': {'automaticRestart': False, 'onHostMaintenance': 'TERMINATE', 'preemptible': preemptible},
        'serviceAccounts': [
            {
                'email': f'batch2-agent@{project}.iam.gserviceaccount.com',
                'scopes': ['https://www.googleapis.com/auth/cloud-platform'],
            }
        ],
        'metadata': {
            'items': [
                {'key': 'startup-script', 'value': startup_script},
                {'key': 'instance_version', 'value': str(INSTANCE_VERSION)},
            ]
        },
        'tags': {'items': ['batch2-agent']},
    }


def encode_startup_script(lines: List[str]) -> str:
    return base64.b64encode('\n'.join(lines).encode()).decode()
