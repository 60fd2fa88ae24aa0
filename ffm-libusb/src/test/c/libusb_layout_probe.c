/* Prints the size of every libusb struct, the offset and size of every field, the widths of the C types
 * and the value of every constant that org.ffmusb.libusb.ffi declares, one "kind name value" per line,
 * for LibUsbLayoutTest. Compiled with gcc against the installed <libusb.h>. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/time.h>
#include <sys/types.h>
#include <libusb.h>

#define SIZE(s) printf("sizeof %s %zu\n", #s, sizeof(struct s))
#define FIELD(s, f) printf("offsetof %s.%s %zu\nfieldsize %s.%s %zu\n", #s, #f, offsetof(struct s, f), \
                          #s, #f, sizeof(((struct s *) 0)->f))
/* A flexible array member has no size: print its element size instead. */
#define FLEX(s, f) printf("offsetof %s.%s %zu\nfieldsize %s.%s 0\nelemsize %s.%s %zu\n", #s, #f, \
                         offsetof(struct s, f), #s, #f, #s, #f, sizeof(((struct s *) 0)->f[0]))
#define TYPE(t) printf("typesize %s %zu\n", #t, sizeof(t))
#define CONST(c) printf("const %s %lld\n", #c, (long long) (c))

int main(void)
{
    SIZE(libusb_device_descriptor);
    FIELD(libusb_device_descriptor, bLength); FIELD(libusb_device_descriptor, bDescriptorType);
    FIELD(libusb_device_descriptor, bcdUSB); FIELD(libusb_device_descriptor, bDeviceClass);
    FIELD(libusb_device_descriptor, bDeviceSubClass); FIELD(libusb_device_descriptor, bDeviceProtocol);
    FIELD(libusb_device_descriptor, bMaxPacketSize0); FIELD(libusb_device_descriptor, idVendor);
    FIELD(libusb_device_descriptor, idProduct); FIELD(libusb_device_descriptor, bcdDevice);
    FIELD(libusb_device_descriptor, iManufacturer); FIELD(libusb_device_descriptor, iProduct);
    FIELD(libusb_device_descriptor, iSerialNumber); FIELD(libusb_device_descriptor, bNumConfigurations);
    SIZE(libusb_endpoint_descriptor);
    FIELD(libusb_endpoint_descriptor, bLength); FIELD(libusb_endpoint_descriptor, bDescriptorType);
    FIELD(libusb_endpoint_descriptor, bEndpointAddress); FIELD(libusb_endpoint_descriptor, bmAttributes);
    FIELD(libusb_endpoint_descriptor, wMaxPacketSize); FIELD(libusb_endpoint_descriptor, bInterval);
    FIELD(libusb_endpoint_descriptor, bRefresh); FIELD(libusb_endpoint_descriptor, bSynchAddress);
    FIELD(libusb_endpoint_descriptor, extra); FIELD(libusb_endpoint_descriptor, extra_length);
    SIZE(libusb_interface_descriptor);
    FIELD(libusb_interface_descriptor, bLength); FIELD(libusb_interface_descriptor, bDescriptorType);
    FIELD(libusb_interface_descriptor, bInterfaceNumber);
    FIELD(libusb_interface_descriptor, bAlternateSetting); FIELD(libusb_interface_descriptor, bNumEndpoints);
    FIELD(libusb_interface_descriptor, bInterfaceClass);
    FIELD(libusb_interface_descriptor, bInterfaceSubClass);
    FIELD(libusb_interface_descriptor, bInterfaceProtocol); FIELD(libusb_interface_descriptor, iInterface);
    FIELD(libusb_interface_descriptor, endpoint); FIELD(libusb_interface_descriptor, extra);
    FIELD(libusb_interface_descriptor, extra_length);
    SIZE(libusb_interface);
    FIELD(libusb_interface, altsetting); FIELD(libusb_interface, num_altsetting);
    SIZE(libusb_config_descriptor);
    FIELD(libusb_config_descriptor, bLength); FIELD(libusb_config_descriptor, bDescriptorType);
    FIELD(libusb_config_descriptor, wTotalLength); FIELD(libusb_config_descriptor, bNumInterfaces);
    FIELD(libusb_config_descriptor, bConfigurationValue); FIELD(libusb_config_descriptor, iConfiguration);
    FIELD(libusb_config_descriptor, bmAttributes); FIELD(libusb_config_descriptor, MaxPower);
    FIELD(libusb_config_descriptor, interface); FIELD(libusb_config_descriptor, extra);
    FIELD(libusb_config_descriptor, extra_length);
    SIZE(libusb_ss_endpoint_companion_descriptor);
    FIELD(libusb_ss_endpoint_companion_descriptor, bLength);
    FIELD(libusb_ss_endpoint_companion_descriptor, bDescriptorType);
    FIELD(libusb_ss_endpoint_companion_descriptor, bMaxBurst);
    FIELD(libusb_ss_endpoint_companion_descriptor, bmAttributes);
    FIELD(libusb_ss_endpoint_companion_descriptor, wBytesPerInterval);
    SIZE(libusb_bos_dev_capability_descriptor);
    FIELD(libusb_bos_dev_capability_descriptor, bLength);
    FIELD(libusb_bos_dev_capability_descriptor, bDescriptorType);
    FIELD(libusb_bos_dev_capability_descriptor, bDevCapabilityType);
    FLEX(libusb_bos_dev_capability_descriptor, dev_capability_data);
    SIZE(libusb_bos_descriptor);
    FIELD(libusb_bos_descriptor, bLength); FIELD(libusb_bos_descriptor, bDescriptorType);
    FIELD(libusb_bos_descriptor, wTotalLength); FIELD(libusb_bos_descriptor, bNumDeviceCaps);
    FLEX(libusb_bos_descriptor, dev_capability);
    SIZE(libusb_usb_2_0_extension_descriptor);
    FIELD(libusb_usb_2_0_extension_descriptor, bLength);
    FIELD(libusb_usb_2_0_extension_descriptor, bDescriptorType);
    FIELD(libusb_usb_2_0_extension_descriptor, bDevCapabilityType);
    FIELD(libusb_usb_2_0_extension_descriptor, bmAttributes);
    SIZE(libusb_ss_usb_device_capability_descriptor);
    FIELD(libusb_ss_usb_device_capability_descriptor, bLength);
    FIELD(libusb_ss_usb_device_capability_descriptor, bDescriptorType);
    FIELD(libusb_ss_usb_device_capability_descriptor, bDevCapabilityType);
    FIELD(libusb_ss_usb_device_capability_descriptor, bmAttributes);
    FIELD(libusb_ss_usb_device_capability_descriptor, wSpeedSupported);
    FIELD(libusb_ss_usb_device_capability_descriptor, bFunctionalitySupport);
    FIELD(libusb_ss_usb_device_capability_descriptor, bU1DevExitLat);
    FIELD(libusb_ss_usb_device_capability_descriptor, bU2DevExitLat);
    SIZE(libusb_container_id_descriptor);
    FIELD(libusb_container_id_descriptor, bLength); FIELD(libusb_container_id_descriptor, bDescriptorType);
    FIELD(libusb_container_id_descriptor, bDevCapabilityType);
    FIELD(libusb_container_id_descriptor, bReserved); FIELD(libusb_container_id_descriptor, ContainerID);
    SIZE(libusb_control_setup);
    FIELD(libusb_control_setup, bmRequestType); FIELD(libusb_control_setup, bRequest);
    FIELD(libusb_control_setup, wValue); FIELD(libusb_control_setup, wIndex);
    FIELD(libusb_control_setup, wLength);
    SIZE(libusb_version);
    FIELD(libusb_version, major); FIELD(libusb_version, minor); FIELD(libusb_version, micro);
    FIELD(libusb_version, nano); FIELD(libusb_version, rc); FIELD(libusb_version, describe);
    SIZE(libusb_iso_packet_descriptor);
    FIELD(libusb_iso_packet_descriptor, length); FIELD(libusb_iso_packet_descriptor, actual_length);
    FIELD(libusb_iso_packet_descriptor, status);
    SIZE(libusb_transfer);
    FIELD(libusb_transfer, dev_handle); FIELD(libusb_transfer, flags); FIELD(libusb_transfer, endpoint);
    FIELD(libusb_transfer, type); FIELD(libusb_transfer, timeout); FIELD(libusb_transfer, status);
    FIELD(libusb_transfer, length); FIELD(libusb_transfer, actual_length); FIELD(libusb_transfer, callback);
    FIELD(libusb_transfer, user_data); FIELD(libusb_transfer, buffer);
    FIELD(libusb_transfer, num_iso_packets); FLEX(libusb_transfer, iso_packet_desc);
    SIZE(libusb_pollfd);
    FIELD(libusb_pollfd, fd); FIELD(libusb_pollfd, events);
    SIZE(timeval);
    FIELD(timeval, tv_sec); FIELD(timeval, tv_usec);
#if LIBUSB_API_VERSION >= 0x0100010A
    SIZE(libusb_init_option); FIELD(libusb_init_option, option); FIELD(libusb_init_option, value);
    printf("has libusb_init_option 1\n");
#endif
    TYPE(char);
    TYPE(short);
    TYPE(int);
    TYPE(long);
    TYPE(long long);
    TYPE(void *);
    TYPE(size_t);
    TYPE(ssize_t);
    TYPE(intptr_t);
    TYPE(uint8_t);
    TYPE(uint16_t);
    TYPE(uint32_t);
    TYPE(enum libusb_transfer_status);
    TYPE(enum libusb_log_level);
    TYPE(enum libusb_option);
    TYPE(libusb_hotplug_event);
    TYPE(libusb_hotplug_callback_handle);
    TYPE(libusb_transfer_cb_fn);
    TYPE(libusb_hotplug_callback_fn);
    TYPE(libusb_log_cb);
    TYPE(libusb_pollfd_added_cb);
    TYPE(libusb_pollfd_removed_cb);
    CONST(LIBUSB_CLASS_PER_INTERFACE); CONST(LIBUSB_CLASS_AUDIO); CONST(LIBUSB_CLASS_COMM);
    CONST(LIBUSB_CLASS_HID); CONST(LIBUSB_CLASS_PHYSICAL); CONST(LIBUSB_CLASS_IMAGE); CONST(LIBUSB_CLASS_PTP);
    CONST(LIBUSB_CLASS_PRINTER); CONST(LIBUSB_CLASS_MASS_STORAGE); CONST(LIBUSB_CLASS_HUB);
    CONST(LIBUSB_CLASS_DATA); CONST(LIBUSB_CLASS_SMART_CARD); CONST(LIBUSB_CLASS_CONTENT_SECURITY);
    CONST(LIBUSB_CLASS_VIDEO); CONST(LIBUSB_CLASS_PERSONAL_HEALTHCARE); CONST(LIBUSB_CLASS_DIAGNOSTIC_DEVICE);
    CONST(LIBUSB_CLASS_WIRELESS); CONST(LIBUSB_CLASS_MISCELLANEOUS); CONST(LIBUSB_CLASS_APPLICATION);
    CONST(LIBUSB_CLASS_VENDOR_SPEC); CONST(LIBUSB_DT_DEVICE); CONST(LIBUSB_DT_CONFIG);
    CONST(LIBUSB_DT_STRING); CONST(LIBUSB_DT_INTERFACE); CONST(LIBUSB_DT_ENDPOINT); CONST(LIBUSB_DT_BOS);
    CONST(LIBUSB_DT_DEVICE_CAPABILITY); CONST(LIBUSB_DT_HID); CONST(LIBUSB_DT_REPORT);
    CONST(LIBUSB_DT_PHYSICAL); CONST(LIBUSB_DT_HUB); CONST(LIBUSB_DT_SUPERSPEED_HUB);
    CONST(LIBUSB_DT_SS_ENDPOINT_COMPANION); CONST(LIBUSB_ENDPOINT_OUT); CONST(LIBUSB_ENDPOINT_IN);
    CONST(LIBUSB_ENDPOINT_TRANSFER_TYPE_CONTROL); CONST(LIBUSB_ENDPOINT_TRANSFER_TYPE_ISOCHRONOUS);
    CONST(LIBUSB_ENDPOINT_TRANSFER_TYPE_BULK); CONST(LIBUSB_ENDPOINT_TRANSFER_TYPE_INTERRUPT);
    CONST(LIBUSB_REQUEST_GET_STATUS); CONST(LIBUSB_REQUEST_CLEAR_FEATURE); CONST(LIBUSB_REQUEST_SET_FEATURE);
    CONST(LIBUSB_REQUEST_SET_ADDRESS); CONST(LIBUSB_REQUEST_GET_DESCRIPTOR);
    CONST(LIBUSB_REQUEST_SET_DESCRIPTOR); CONST(LIBUSB_REQUEST_GET_CONFIGURATION);
    CONST(LIBUSB_REQUEST_SET_CONFIGURATION); CONST(LIBUSB_REQUEST_GET_INTERFACE);
    CONST(LIBUSB_REQUEST_SET_INTERFACE); CONST(LIBUSB_REQUEST_SYNCH_FRAME); CONST(LIBUSB_REQUEST_SET_SEL);
    CONST(LIBUSB_SET_ISOCH_DELAY); CONST(LIBUSB_REQUEST_TYPE_STANDARD); CONST(LIBUSB_REQUEST_TYPE_CLASS);
    CONST(LIBUSB_REQUEST_TYPE_VENDOR); CONST(LIBUSB_REQUEST_TYPE_RESERVED); CONST(LIBUSB_RECIPIENT_DEVICE);
    CONST(LIBUSB_RECIPIENT_INTERFACE); CONST(LIBUSB_RECIPIENT_ENDPOINT); CONST(LIBUSB_RECIPIENT_OTHER);
    CONST(LIBUSB_ISO_SYNC_TYPE_NONE); CONST(LIBUSB_ISO_SYNC_TYPE_ASYNC); CONST(LIBUSB_ISO_SYNC_TYPE_ADAPTIVE);
    CONST(LIBUSB_ISO_SYNC_TYPE_SYNC); CONST(LIBUSB_ISO_USAGE_TYPE_DATA);
    CONST(LIBUSB_ISO_USAGE_TYPE_FEEDBACK); CONST(LIBUSB_ISO_USAGE_TYPE_IMPLICIT);
    CONST(LIBUSB_LOW_SPEED_OPERATION); CONST(LIBUSB_FULL_SPEED_OPERATION); CONST(LIBUSB_HIGH_SPEED_OPERATION);
    CONST(LIBUSB_SUPER_SPEED_OPERATION); CONST(LIBUSB_BM_LPM_SUPPORT); CONST(LIBUSB_BM_LTM_SUPPORT);
    CONST(LIBUSB_BT_WIRELESS_USB_DEVICE_CAPABILITY); CONST(LIBUSB_BT_USB_2_0_EXTENSION);
    CONST(LIBUSB_BT_SS_USB_DEVICE_CAPABILITY); CONST(LIBUSB_BT_CONTAINER_ID); CONST(LIBUSB_SPEED_UNKNOWN);
    CONST(LIBUSB_SPEED_LOW); CONST(LIBUSB_SPEED_FULL); CONST(LIBUSB_SPEED_HIGH); CONST(LIBUSB_SPEED_SUPER);
    CONST(LIBUSB_SPEED_SUPER_PLUS); CONST(LIBUSB_SUCCESS); CONST(LIBUSB_ERROR_IO);
    CONST(LIBUSB_ERROR_INVALID_PARAM); CONST(LIBUSB_ERROR_ACCESS); CONST(LIBUSB_ERROR_NO_DEVICE);
    CONST(LIBUSB_ERROR_NOT_FOUND); CONST(LIBUSB_ERROR_BUSY); CONST(LIBUSB_ERROR_TIMEOUT);
    CONST(LIBUSB_ERROR_OVERFLOW); CONST(LIBUSB_ERROR_PIPE); CONST(LIBUSB_ERROR_INTERRUPTED);
    CONST(LIBUSB_ERROR_NO_MEM); CONST(LIBUSB_ERROR_NOT_SUPPORTED); CONST(LIBUSB_ERROR_OTHER);
    CONST(LIBUSB_TRANSFER_TYPE_CONTROL); CONST(LIBUSB_TRANSFER_TYPE_ISOCHRONOUS);
    CONST(LIBUSB_TRANSFER_TYPE_BULK); CONST(LIBUSB_TRANSFER_TYPE_INTERRUPT);
    CONST(LIBUSB_TRANSFER_TYPE_BULK_STREAM); CONST(LIBUSB_TRANSFER_COMPLETED); CONST(LIBUSB_TRANSFER_ERROR);
    CONST(LIBUSB_TRANSFER_TIMED_OUT); CONST(LIBUSB_TRANSFER_CANCELLED); CONST(LIBUSB_TRANSFER_STALL);
    CONST(LIBUSB_TRANSFER_NO_DEVICE); CONST(LIBUSB_TRANSFER_OVERFLOW); CONST(LIBUSB_TRANSFER_SHORT_NOT_OK);
    CONST(LIBUSB_TRANSFER_FREE_BUFFER); CONST(LIBUSB_TRANSFER_FREE_TRANSFER);
    CONST(LIBUSB_TRANSFER_ADD_ZERO_PACKET); CONST(LIBUSB_CAP_HAS_CAPABILITY); CONST(LIBUSB_CAP_HAS_HOTPLUG);
    CONST(LIBUSB_CAP_HAS_HID_ACCESS); CONST(LIBUSB_CAP_SUPPORTS_DETACH_KERNEL_DRIVER);
    CONST(LIBUSB_LOG_LEVEL_NONE); CONST(LIBUSB_LOG_LEVEL_ERROR); CONST(LIBUSB_LOG_LEVEL_WARNING);
    CONST(LIBUSB_LOG_LEVEL_INFO); CONST(LIBUSB_LOG_LEVEL_DEBUG); CONST(LIBUSB_LOG_CB_GLOBAL);
    CONST(LIBUSB_LOG_CB_CONTEXT); CONST(LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED);
    CONST(LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT); CONST(LIBUSB_HOTPLUG_ENUMERATE); CONST(LIBUSB_OPTION_LOG_LEVEL);
    CONST(LIBUSB_OPTION_USE_USBDK); CONST(LIBUSB_OPTION_NO_DEVICE_DISCOVERY); CONST(LIBUSB_OPTION_MAX);
    CONST(LIBUSB_API_VERSION); CONST(LIBUSBX_API_VERSION); CONST(LIBUSB_DT_DEVICE_SIZE);
    CONST(LIBUSB_DT_CONFIG_SIZE); CONST(LIBUSB_DT_INTERFACE_SIZE); CONST(LIBUSB_DT_ENDPOINT_SIZE);
    CONST(LIBUSB_DT_ENDPOINT_AUDIO_SIZE); CONST(LIBUSB_DT_HUB_NONVAR_SIZE);
    CONST(LIBUSB_DT_SS_ENDPOINT_COMPANION_SIZE); CONST(LIBUSB_DT_BOS_SIZE);
    CONST(LIBUSB_DT_DEVICE_CAPABILITY_SIZE); CONST(LIBUSB_BT_USB_2_0_EXTENSION_SIZE);
    CONST(LIBUSB_BT_SS_USB_DEVICE_CAPABILITY_SIZE); CONST(LIBUSB_BT_CONTAINER_ID_SIZE);
    CONST(LIBUSB_DT_BOS_MAX_SIZE); CONST(LIBUSB_ENDPOINT_ADDRESS_MASK); CONST(LIBUSB_ENDPOINT_DIR_MASK);
    CONST(LIBUSB_TRANSFER_TYPE_MASK); CONST(LIBUSB_ISO_SYNC_TYPE_MASK); CONST(LIBUSB_ISO_USAGE_TYPE_MASK);
    CONST(LIBUSB_CONTROL_SETUP_SIZE); CONST(LIBUSB_ERROR_COUNT); CONST(LIBUSB_HOTPLUG_NO_FLAGS);
    CONST(LIBUSB_HOTPLUG_MATCH_ANY); CONST(LIBUSB_OPTION_WEAK_AUTHORITY);
    return 0;
}
