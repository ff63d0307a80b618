DEFAULT_NAMESPACE = 'default'

# Bumped with every new worker image, so the driver drains workers running an older one.
INSTANCE_VERSION = 35

MAX_PERSISTENT_SSD_SIZE_GIB = 64 * 1024
RESERVED_STORAGE_GB_PER_CORE = 5
