-- Schema 11: instances that boot from a volume (Nova's block_device_mapping with boot_index 0). Its root
-- disk is that volume, in its type's pool, not an overlay in the instances pool; the volume row says it is
-- attached there with boot_index_zero.
ALTER TABLE instances ADD COLUMN boot_volume_id TEXT NOT NULL DEFAULT '';
