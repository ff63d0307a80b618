DEFAULT_NAMESPACE = 'default'

# Bumped with every new worker image: the driver drains workers that report an older one.
INSTANCE_VERSION = 27

MAX_PERSISTENT_SSD_SIZE_GIB = 64 * 1024
RESERVED_STORAGE_GB_PER_CORE = 5
