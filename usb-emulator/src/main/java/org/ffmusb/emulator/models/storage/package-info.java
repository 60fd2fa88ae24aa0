/**
 * The mass storage device: Bulk-Only Transport carrying SCSI commands to a disk image file mapped
 * into memory.
 */
package org.ffmusb.emulator.models.storage;
