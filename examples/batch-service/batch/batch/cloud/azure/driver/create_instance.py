import logging
from typing import Any, Dict

from ....globals import DEFAULT_NAMESPACE, INSTANCE_VERSION

log = logging.getLogger('create_instance')

MACHINE_NAME_PREFIX = f'batch-worker-{DEFAULT_NAMESPACE}-'


def create_vm_config(
    location: str,
    machine_name: str,
    machine_type: str,
    subscription_id: str,
    resource_group: str,
    ssh_public_key: str,
    startup_script: str,
    tags: Dict[str, str],
) -> Dict[str, Any]:
    network = f'/subscriptions/{subscription_id}/resourceGroups/{resource_group}/providers/Microsoft.Network'
    identity = f'/subscriptions/{subscription_id}/resourceGroups/{resource_group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/batch-worker'
    return {
        'location': location,
        'tags': {**tags, 'namespace': DEFAULT_NAMESPACE, 'instance_version': str(INSTANCE_VERSION)},
        'identity': {'type': 'UserAssigned', 'userAssignedIdentities': {identity: {}}},
        'properties': {
            'hardwareProfile': {'vmSize': machine_type},
            'networkProfile': {
                'networkInterfaces': [{'id': f'{network}/networkInterfaces/{machine_name}-nic'}],
            },
            'osProfile': {
                'computerName': machine_name,
                'adminUsername': 'batch-worker',
                'linuxConfiguration': {
                    'disablePasswordAuthentication': True,
                    'ssh': {'publicKeys': [{'keyData': ssh_public_key, 'path': '/home/batch-worker/.ssh/authorized_keys'}]},
                },
                'customData': startup_script,
            },
            'storageProfile': {
                'osDisk': {'createOption': 'FromImage', 'deleteOption': 'Delete'},
                'imageReference': {
                    'id': f'/subscriptions/{subscription_id}/resourceGroups/{resource_group}/providers/Microsoft.Compute/galleries/{resource_group}_batch/images/batch-worker-22-04/versions/0.0.13'
                },
            },
        },
    }
