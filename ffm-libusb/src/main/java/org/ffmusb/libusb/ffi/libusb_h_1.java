// In the shape jextract 22 generates from <libusb-1.0/libusb.h> 1.0.26; written by hand because jextract
// cannot be installed on our machines. Regenerate with ffm-libusb/jextract/regenerate.sh, then re-apply the
// patches listed in ffm-libusb/jextract/README.md.

package org.ffmusb.libusb.ffi;

/**
 * The constants of {@code <libusb-1.0/libusb.h>} 1.0.26: every enumerator and every numeric macro, in
 * header order (jextract splits a header class in parts like this one).
 */
public class libusb_h_1 extends libusb_h$shared {

    libusb_h_1() {
        // Should not be called directly
    }

    private static final int LIBUSB_CLASS_PER_INTERFACE = (int) 0L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_PER_INTERFACE = 0
     * }
     */
    public static int LIBUSB_CLASS_PER_INTERFACE() {
        return LIBUSB_CLASS_PER_INTERFACE;
    }

    private static final int LIBUSB_CLASS_AUDIO = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_AUDIO = 1
     * }
     */
    public static int LIBUSB_CLASS_AUDIO() {
        return LIBUSB_CLASS_AUDIO;
    }

    private static final int LIBUSB_CLASS_COMM = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_COMM = 2
     * }
     */
    public static int LIBUSB_CLASS_COMM() {
        return LIBUSB_CLASS_COMM;
    }

    private static final int LIBUSB_CLASS_HID = (int) 3L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_HID = 3
     * }
     */
    public static int LIBUSB_CLASS_HID() {
        return LIBUSB_CLASS_HID;
    }

    private static final int LIBUSB_CLASS_PHYSICAL = (int) 5L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_PHYSICAL = 5
     * }
     */
    public static int LIBUSB_CLASS_PHYSICAL() {
        return LIBUSB_CLASS_PHYSICAL;
    }

    private static final int LIBUSB_CLASS_IMAGE = (int) 6L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_IMAGE = 6
     * }
     */
    public static int LIBUSB_CLASS_IMAGE() {
        return LIBUSB_CLASS_IMAGE;
    }

    private static final int LIBUSB_CLASS_PTP = (int) 6L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_PTP = 6
     * }
     */
    public static int LIBUSB_CLASS_PTP() {
        return LIBUSB_CLASS_PTP;
    }

    private static final int LIBUSB_CLASS_PRINTER = (int) 7L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_PRINTER = 7
     * }
     */
    public static int LIBUSB_CLASS_PRINTER() {
        return LIBUSB_CLASS_PRINTER;
    }

    private static final int LIBUSB_CLASS_MASS_STORAGE = (int) 8L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_MASS_STORAGE = 8
     * }
     */
    public static int LIBUSB_CLASS_MASS_STORAGE() {
        return LIBUSB_CLASS_MASS_STORAGE;
    }

    private static final int LIBUSB_CLASS_HUB = (int) 9L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_HUB = 9
     * }
     */
    public static int LIBUSB_CLASS_HUB() {
        return LIBUSB_CLASS_HUB;
    }

    private static final int LIBUSB_CLASS_DATA = (int) 10L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_DATA = 10
     * }
     */
    public static int LIBUSB_CLASS_DATA() {
        return LIBUSB_CLASS_DATA;
    }

    private static final int LIBUSB_CLASS_SMART_CARD = (int) 11L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_SMART_CARD = 11
     * }
     */
    public static int LIBUSB_CLASS_SMART_CARD() {
        return LIBUSB_CLASS_SMART_CARD;
    }

    private static final int LIBUSB_CLASS_CONTENT_SECURITY = (int) 13L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_CONTENT_SECURITY = 13
     * }
     */
    public static int LIBUSB_CLASS_CONTENT_SECURITY() {
        return LIBUSB_CLASS_CONTENT_SECURITY;
    }

    private static final int LIBUSB_CLASS_VIDEO = (int) 14L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_VIDEO = 14
     * }
     */
    public static int LIBUSB_CLASS_VIDEO() {
        return LIBUSB_CLASS_VIDEO;
    }

    private static final int LIBUSB_CLASS_PERSONAL_HEALTHCARE = (int) 15L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_PERSONAL_HEALTHCARE = 15
     * }
     */
    public static int LIBUSB_CLASS_PERSONAL_HEALTHCARE() {
        return LIBUSB_CLASS_PERSONAL_HEALTHCARE;
    }

    private static final int LIBUSB_CLASS_DIAGNOSTIC_DEVICE = (int) 220L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_DIAGNOSTIC_DEVICE = 220
     * }
     */
    public static int LIBUSB_CLASS_DIAGNOSTIC_DEVICE() {
        return LIBUSB_CLASS_DIAGNOSTIC_DEVICE;
    }

    private static final int LIBUSB_CLASS_WIRELESS = (int) 224L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_WIRELESS = 224
     * }
     */
    public static int LIBUSB_CLASS_WIRELESS() {
        return LIBUSB_CLASS_WIRELESS;
    }

    private static final int LIBUSB_CLASS_MISCELLANEOUS = (int) 239L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_MISCELLANEOUS = 239
     * }
     */
    public static int LIBUSB_CLASS_MISCELLANEOUS() {
        return LIBUSB_CLASS_MISCELLANEOUS;
    }

    private static final int LIBUSB_CLASS_APPLICATION = (int) 254L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_APPLICATION = 254
     * }
     */
    public static int LIBUSB_CLASS_APPLICATION() {
        return LIBUSB_CLASS_APPLICATION;
    }

    private static final int LIBUSB_CLASS_VENDOR_SPEC = (int) 255L;

    /**
     * {@snippet lang=c :
     * enum libusb_class_code.LIBUSB_CLASS_VENDOR_SPEC = 255
     * }
     */
    public static int LIBUSB_CLASS_VENDOR_SPEC() {
        return LIBUSB_CLASS_VENDOR_SPEC;
    }

    private static final int LIBUSB_DT_DEVICE = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_descriptor_type.LIBUSB_DT_DEVICE = 1
     * }
     */
    public static int LIBUSB_DT_DEVICE() {
        return LIBUSB_DT_DEVICE;
    }

    private static final int LIBUSB_DT_CONFIG = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum libusb_descriptor_type.LIBUSB_DT_CONFIG = 2
     * }
     */
    public static int LIBUSB_DT_CONFIG() {
        return LIBUSB_DT_CONFIG;
    }

    private static final int LIBUSB_DT_STRING = (int) 3L;

    /**
     * {@snippet lang=c :
     * enum libusb_descriptor_type.LIBUSB_DT_STRING = 3
     * }
     */
    public static int LIBUSB_DT_STRING() {
        return LIBUSB_DT_STRING;
    }

    private static final int LIBUSB_DT_INTERFACE = (int) 4L;

    /**
     * {@snippet lang=c :
     * enum libusb_descriptor_type.LIBUSB_DT_INTERFACE = 4
     * }
     */
    public static int LIBUSB_DT_INTERFACE() {
        return LIBUSB_DT_INTERFACE;
    }

    private static final int LIBUSB_DT_ENDPOINT = (int) 5L;

    /**
     * {@snippet lang=c :
     * enum libusb_descriptor_type.LIBUSB_DT_ENDPOINT = 5
     * }
     */
    public static int LIBUSB_DT_ENDPOINT() {
        return LIBUSB_DT_ENDPOINT;
    }

    private static final int LIBUSB_DT_BOS = (int) 15L;

    /**
     * {@snippet lang=c :
     * enum libusb_descriptor_type.LIBUSB_DT_BOS = 15
     * }
     */
    public static int LIBUSB_DT_BOS() {
        return LIBUSB_DT_BOS;
    }

    private static final int LIBUSB_DT_DEVICE_CAPABILITY = (int) 16L;

    /**
     * {@snippet lang=c :
     * enum libusb_descriptor_type.LIBUSB_DT_DEVICE_CAPABILITY = 16
     * }
     */
    public static int LIBUSB_DT_DEVICE_CAPABILITY() {
        return LIBUSB_DT_DEVICE_CAPABILITY;
    }

    private static final int LIBUSB_DT_HID = (int) 33L;

    /**
     * {@snippet lang=c :
     * enum libusb_descriptor_type.LIBUSB_DT_HID = 33
     * }
     */
    public static int LIBUSB_DT_HID() {
        return LIBUSB_DT_HID;
    }

    private static final int LIBUSB_DT_REPORT = (int) 34L;

    /**
     * {@snippet lang=c :
     * enum libusb_descriptor_type.LIBUSB_DT_REPORT = 34
     * }
     */
    public static int LIBUSB_DT_REPORT() {
        return LIBUSB_DT_REPORT;
    }

    private static final int LIBUSB_DT_PHYSICAL = (int) 35L;

    /**
     * {@snippet lang=c :
     * enum libusb_descriptor_type.LIBUSB_DT_PHYSICAL = 35
     * }
     */
    public static int LIBUSB_DT_PHYSICAL() {
        return LIBUSB_DT_PHYSICAL;
    }

    private static final int LIBUSB_DT_HUB = (int) 41L;

    /**
     * {@snippet lang=c :
     * enum libusb_descriptor_type.LIBUSB_DT_HUB = 41
     * }
     */
    public static int LIBUSB_DT_HUB() {
        return LIBUSB_DT_HUB;
    }

    private static final int LIBUSB_DT_SUPERSPEED_HUB = (int) 42L;

    /**
     * {@snippet lang=c :
     * enum libusb_descriptor_type.LIBUSB_DT_SUPERSPEED_HUB = 42
     * }
     */
    public static int LIBUSB_DT_SUPERSPEED_HUB() {
        return LIBUSB_DT_SUPERSPEED_HUB;
    }

    private static final int LIBUSB_DT_SS_ENDPOINT_COMPANION = (int) 48L;

    /**
     * {@snippet lang=c :
     * enum libusb_descriptor_type.LIBUSB_DT_SS_ENDPOINT_COMPANION = 48
     * }
     */
    public static int LIBUSB_DT_SS_ENDPOINT_COMPANION() {
        return LIBUSB_DT_SS_ENDPOINT_COMPANION;
    }

    private static final int LIBUSB_ENDPOINT_OUT = (int) 0L;

    /**
     * {@snippet lang=c :
     * enum libusb_endpoint_direction.LIBUSB_ENDPOINT_OUT = 0
     * }
     */
    public static int LIBUSB_ENDPOINT_OUT() {
        return LIBUSB_ENDPOINT_OUT;
    }

    private static final int LIBUSB_ENDPOINT_IN = (int) 128L;

    /**
     * {@snippet lang=c :
     * enum libusb_endpoint_direction.LIBUSB_ENDPOINT_IN = 128
     * }
     */
    public static int LIBUSB_ENDPOINT_IN() {
        return LIBUSB_ENDPOINT_IN;
    }

    private static final int LIBUSB_ENDPOINT_TRANSFER_TYPE_CONTROL = (int) 0L;

    /**
     * {@snippet lang=c :
     * enum libusb_endpoint_transfer_type.LIBUSB_ENDPOINT_TRANSFER_TYPE_CONTROL = 0
     * }
     */
    public static int LIBUSB_ENDPOINT_TRANSFER_TYPE_CONTROL() {
        return LIBUSB_ENDPOINT_TRANSFER_TYPE_CONTROL;
    }

    private static final int LIBUSB_ENDPOINT_TRANSFER_TYPE_ISOCHRONOUS = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_endpoint_transfer_type.LIBUSB_ENDPOINT_TRANSFER_TYPE_ISOCHRONOUS = 1
     * }
     */
    public static int LIBUSB_ENDPOINT_TRANSFER_TYPE_ISOCHRONOUS() {
        return LIBUSB_ENDPOINT_TRANSFER_TYPE_ISOCHRONOUS;
    }

    private static final int LIBUSB_ENDPOINT_TRANSFER_TYPE_BULK = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum libusb_endpoint_transfer_type.LIBUSB_ENDPOINT_TRANSFER_TYPE_BULK = 2
     * }
     */
    public static int LIBUSB_ENDPOINT_TRANSFER_TYPE_BULK() {
        return LIBUSB_ENDPOINT_TRANSFER_TYPE_BULK;
    }

    private static final int LIBUSB_ENDPOINT_TRANSFER_TYPE_INTERRUPT = (int) 3L;

    /**
     * {@snippet lang=c :
     * enum libusb_endpoint_transfer_type.LIBUSB_ENDPOINT_TRANSFER_TYPE_INTERRUPT = 3
     * }
     */
    public static int LIBUSB_ENDPOINT_TRANSFER_TYPE_INTERRUPT() {
        return LIBUSB_ENDPOINT_TRANSFER_TYPE_INTERRUPT;
    }

    private static final int LIBUSB_REQUEST_GET_STATUS = (int) 0L;

    /**
     * {@snippet lang=c :
     * enum libusb_standard_request.LIBUSB_REQUEST_GET_STATUS = 0
     * }
     */
    public static int LIBUSB_REQUEST_GET_STATUS() {
        return LIBUSB_REQUEST_GET_STATUS;
    }

    private static final int LIBUSB_REQUEST_CLEAR_FEATURE = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_standard_request.LIBUSB_REQUEST_CLEAR_FEATURE = 1
     * }
     */
    public static int LIBUSB_REQUEST_CLEAR_FEATURE() {
        return LIBUSB_REQUEST_CLEAR_FEATURE;
    }

    private static final int LIBUSB_REQUEST_SET_FEATURE = (int) 3L;

    /**
     * {@snippet lang=c :
     * enum libusb_standard_request.LIBUSB_REQUEST_SET_FEATURE = 3
     * }
     */
    public static int LIBUSB_REQUEST_SET_FEATURE() {
        return LIBUSB_REQUEST_SET_FEATURE;
    }

    private static final int LIBUSB_REQUEST_SET_ADDRESS = (int) 5L;

    /**
     * {@snippet lang=c :
     * enum libusb_standard_request.LIBUSB_REQUEST_SET_ADDRESS = 5
     * }
     */
    public static int LIBUSB_REQUEST_SET_ADDRESS() {
        return LIBUSB_REQUEST_SET_ADDRESS;
    }

    private static final int LIBUSB_REQUEST_GET_DESCRIPTOR = (int) 6L;

    /**
     * {@snippet lang=c :
     * enum libusb_standard_request.LIBUSB_REQUEST_GET_DESCRIPTOR = 6
     * }
     */
    public static int LIBUSB_REQUEST_GET_DESCRIPTOR() {
        return LIBUSB_REQUEST_GET_DESCRIPTOR;
    }

    private static final int LIBUSB_REQUEST_SET_DESCRIPTOR = (int) 7L;

    /**
     * {@snippet lang=c :
     * enum libusb_standard_request.LIBUSB_REQUEST_SET_DESCRIPTOR = 7
     * }
     */
    public static int LIBUSB_REQUEST_SET_DESCRIPTOR() {
        return LIBUSB_REQUEST_SET_DESCRIPTOR;
    }

    private static final int LIBUSB_REQUEST_GET_CONFIGURATION = (int) 8L;

    /**
     * {@snippet lang=c :
     * enum libusb_standard_request.LIBUSB_REQUEST_GET_CONFIGURATION = 8
     * }
     */
    public static int LIBUSB_REQUEST_GET_CONFIGURATION() {
        return LIBUSB_REQUEST_GET_CONFIGURATION;
    }

    private static final int LIBUSB_REQUEST_SET_CONFIGURATION = (int) 9L;

    /**
     * {@snippet lang=c :
     * enum libusb_standard_request.LIBUSB_REQUEST_SET_CONFIGURATION = 9
     * }
     */
    public static int LIBUSB_REQUEST_SET_CONFIGURATION() {
        return LIBUSB_REQUEST_SET_CONFIGURATION;
    }

    private static final int LIBUSB_REQUEST_GET_INTERFACE = (int) 10L;

    /**
     * {@snippet lang=c :
     * enum libusb_standard_request.LIBUSB_REQUEST_GET_INTERFACE = 10
     * }
     */
    public static int LIBUSB_REQUEST_GET_INTERFACE() {
        return LIBUSB_REQUEST_GET_INTERFACE;
    }

    private static final int LIBUSB_REQUEST_SET_INTERFACE = (int) 11L;

    /**
     * {@snippet lang=c :
     * enum libusb_standard_request.LIBUSB_REQUEST_SET_INTERFACE = 11
     * }
     */
    public static int LIBUSB_REQUEST_SET_INTERFACE() {
        return LIBUSB_REQUEST_SET_INTERFACE;
    }

    private static final int LIBUSB_REQUEST_SYNCH_FRAME = (int) 12L;

    /**
     * {@snippet lang=c :
     * enum libusb_standard_request.LIBUSB_REQUEST_SYNCH_FRAME = 12
     * }
     */
    public static int LIBUSB_REQUEST_SYNCH_FRAME() {
        return LIBUSB_REQUEST_SYNCH_FRAME;
    }

    private static final int LIBUSB_REQUEST_SET_SEL = (int) 48L;

    /**
     * {@snippet lang=c :
     * enum libusb_standard_request.LIBUSB_REQUEST_SET_SEL = 48
     * }
     */
    public static int LIBUSB_REQUEST_SET_SEL() {
        return LIBUSB_REQUEST_SET_SEL;
    }

    private static final int LIBUSB_SET_ISOCH_DELAY = (int) 49L;

    /**
     * {@snippet lang=c :
     * enum libusb_standard_request.LIBUSB_SET_ISOCH_DELAY = 49
     * }
     */
    public static int LIBUSB_SET_ISOCH_DELAY() {
        return LIBUSB_SET_ISOCH_DELAY;
    }

    private static final int LIBUSB_REQUEST_TYPE_STANDARD = (int) 0L;

    /**
     * {@snippet lang=c :
     * enum libusb_request_type.LIBUSB_REQUEST_TYPE_STANDARD = 0
     * }
     */
    public static int LIBUSB_REQUEST_TYPE_STANDARD() {
        return LIBUSB_REQUEST_TYPE_STANDARD;
    }

    private static final int LIBUSB_REQUEST_TYPE_CLASS = (int) 32L;

    /**
     * {@snippet lang=c :
     * enum libusb_request_type.LIBUSB_REQUEST_TYPE_CLASS = 32
     * }
     */
    public static int LIBUSB_REQUEST_TYPE_CLASS() {
        return LIBUSB_REQUEST_TYPE_CLASS;
    }

    private static final int LIBUSB_REQUEST_TYPE_VENDOR = (int) 64L;

    /**
     * {@snippet lang=c :
     * enum libusb_request_type.LIBUSB_REQUEST_TYPE_VENDOR = 64
     * }
     */
    public static int LIBUSB_REQUEST_TYPE_VENDOR() {
        return LIBUSB_REQUEST_TYPE_VENDOR;
    }

    private static final int LIBUSB_REQUEST_TYPE_RESERVED = (int) 96L;

    /**
     * {@snippet lang=c :
     * enum libusb_request_type.LIBUSB_REQUEST_TYPE_RESERVED = 96
     * }
     */
    public static int LIBUSB_REQUEST_TYPE_RESERVED() {
        return LIBUSB_REQUEST_TYPE_RESERVED;
    }

    private static final int LIBUSB_RECIPIENT_DEVICE = (int) 0L;

    /**
     * {@snippet lang=c :
     * enum libusb_request_recipient.LIBUSB_RECIPIENT_DEVICE = 0
     * }
     */
    public static int LIBUSB_RECIPIENT_DEVICE() {
        return LIBUSB_RECIPIENT_DEVICE;
    }

    private static final int LIBUSB_RECIPIENT_INTERFACE = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_request_recipient.LIBUSB_RECIPIENT_INTERFACE = 1
     * }
     */
    public static int LIBUSB_RECIPIENT_INTERFACE() {
        return LIBUSB_RECIPIENT_INTERFACE;
    }

    private static final int LIBUSB_RECIPIENT_ENDPOINT = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum libusb_request_recipient.LIBUSB_RECIPIENT_ENDPOINT = 2
     * }
     */
    public static int LIBUSB_RECIPIENT_ENDPOINT() {
        return LIBUSB_RECIPIENT_ENDPOINT;
    }

    private static final int LIBUSB_RECIPIENT_OTHER = (int) 3L;

    /**
     * {@snippet lang=c :
     * enum libusb_request_recipient.LIBUSB_RECIPIENT_OTHER = 3
     * }
     */
    public static int LIBUSB_RECIPIENT_OTHER() {
        return LIBUSB_RECIPIENT_OTHER;
    }

    private static final int LIBUSB_ISO_SYNC_TYPE_NONE = (int) 0L;

    /**
     * {@snippet lang=c :
     * enum libusb_iso_sync_type.LIBUSB_ISO_SYNC_TYPE_NONE = 0
     * }
     */
    public static int LIBUSB_ISO_SYNC_TYPE_NONE() {
        return LIBUSB_ISO_SYNC_TYPE_NONE;
    }

    private static final int LIBUSB_ISO_SYNC_TYPE_ASYNC = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_iso_sync_type.LIBUSB_ISO_SYNC_TYPE_ASYNC = 1
     * }
     */
    public static int LIBUSB_ISO_SYNC_TYPE_ASYNC() {
        return LIBUSB_ISO_SYNC_TYPE_ASYNC;
    }

    private static final int LIBUSB_ISO_SYNC_TYPE_ADAPTIVE = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum libusb_iso_sync_type.LIBUSB_ISO_SYNC_TYPE_ADAPTIVE = 2
     * }
     */
    public static int LIBUSB_ISO_SYNC_TYPE_ADAPTIVE() {
        return LIBUSB_ISO_SYNC_TYPE_ADAPTIVE;
    }

    private static final int LIBUSB_ISO_SYNC_TYPE_SYNC = (int) 3L;

    /**
     * {@snippet lang=c :
     * enum libusb_iso_sync_type.LIBUSB_ISO_SYNC_TYPE_SYNC = 3
     * }
     */
    public static int LIBUSB_ISO_SYNC_TYPE_SYNC() {
        return LIBUSB_ISO_SYNC_TYPE_SYNC;
    }

    private static final int LIBUSB_ISO_USAGE_TYPE_DATA = (int) 0L;

    /**
     * {@snippet lang=c :
     * enum libusb_iso_usage_type.LIBUSB_ISO_USAGE_TYPE_DATA = 0
     * }
     */
    public static int LIBUSB_ISO_USAGE_TYPE_DATA() {
        return LIBUSB_ISO_USAGE_TYPE_DATA;
    }

    private static final int LIBUSB_ISO_USAGE_TYPE_FEEDBACK = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_iso_usage_type.LIBUSB_ISO_USAGE_TYPE_FEEDBACK = 1
     * }
     */
    public static int LIBUSB_ISO_USAGE_TYPE_FEEDBACK() {
        return LIBUSB_ISO_USAGE_TYPE_FEEDBACK;
    }

    private static final int LIBUSB_ISO_USAGE_TYPE_IMPLICIT = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum libusb_iso_usage_type.LIBUSB_ISO_USAGE_TYPE_IMPLICIT = 2
     * }
     */
    public static int LIBUSB_ISO_USAGE_TYPE_IMPLICIT() {
        return LIBUSB_ISO_USAGE_TYPE_IMPLICIT;
    }

    private static final int LIBUSB_LOW_SPEED_OPERATION = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_supported_speed.LIBUSB_LOW_SPEED_OPERATION = 1
     * }
     */
    public static int LIBUSB_LOW_SPEED_OPERATION() {
        return LIBUSB_LOW_SPEED_OPERATION;
    }

    private static final int LIBUSB_FULL_SPEED_OPERATION = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum libusb_supported_speed.LIBUSB_FULL_SPEED_OPERATION = 2
     * }
     */
    public static int LIBUSB_FULL_SPEED_OPERATION() {
        return LIBUSB_FULL_SPEED_OPERATION;
    }

    private static final int LIBUSB_HIGH_SPEED_OPERATION = (int) 4L;

    /**
     * {@snippet lang=c :
     * enum libusb_supported_speed.LIBUSB_HIGH_SPEED_OPERATION = 4
     * }
     */
    public static int LIBUSB_HIGH_SPEED_OPERATION() {
        return LIBUSB_HIGH_SPEED_OPERATION;
    }

    private static final int LIBUSB_SUPER_SPEED_OPERATION = (int) 8L;

    /**
     * {@snippet lang=c :
     * enum libusb_supported_speed.LIBUSB_SUPER_SPEED_OPERATION = 8
     * }
     */
    public static int LIBUSB_SUPER_SPEED_OPERATION() {
        return LIBUSB_SUPER_SPEED_OPERATION;
    }

    private static final int LIBUSB_BM_LPM_SUPPORT = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum libusb_usb_2_0_extension_attributes.LIBUSB_BM_LPM_SUPPORT = 2
     * }
     */
    public static int LIBUSB_BM_LPM_SUPPORT() {
        return LIBUSB_BM_LPM_SUPPORT;
    }

    private static final int LIBUSB_BM_LTM_SUPPORT = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum libusb_ss_usb_device_capability_attributes.LIBUSB_BM_LTM_SUPPORT = 2
     * }
     */
    public static int LIBUSB_BM_LTM_SUPPORT() {
        return LIBUSB_BM_LTM_SUPPORT;
    }

    private static final int LIBUSB_BT_WIRELESS_USB_DEVICE_CAPABILITY = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_bos_type.LIBUSB_BT_WIRELESS_USB_DEVICE_CAPABILITY = 1
     * }
     */
    public static int LIBUSB_BT_WIRELESS_USB_DEVICE_CAPABILITY() {
        return LIBUSB_BT_WIRELESS_USB_DEVICE_CAPABILITY;
    }

    private static final int LIBUSB_BT_USB_2_0_EXTENSION = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum libusb_bos_type.LIBUSB_BT_USB_2_0_EXTENSION = 2
     * }
     */
    public static int LIBUSB_BT_USB_2_0_EXTENSION() {
        return LIBUSB_BT_USB_2_0_EXTENSION;
    }

    private static final int LIBUSB_BT_SS_USB_DEVICE_CAPABILITY = (int) 3L;

    /**
     * {@snippet lang=c :
     * enum libusb_bos_type.LIBUSB_BT_SS_USB_DEVICE_CAPABILITY = 3
     * }
     */
    public static int LIBUSB_BT_SS_USB_DEVICE_CAPABILITY() {
        return LIBUSB_BT_SS_USB_DEVICE_CAPABILITY;
    }

    private static final int LIBUSB_BT_CONTAINER_ID = (int) 4L;

    /**
     * {@snippet lang=c :
     * enum libusb_bos_type.LIBUSB_BT_CONTAINER_ID = 4
     * }
     */
    public static int LIBUSB_BT_CONTAINER_ID() {
        return LIBUSB_BT_CONTAINER_ID;
    }

    private static final int LIBUSB_SPEED_UNKNOWN = (int) 0L;

    /**
     * {@snippet lang=c :
     * enum libusb_speed.LIBUSB_SPEED_UNKNOWN = 0
     * }
     */
    public static int LIBUSB_SPEED_UNKNOWN() {
        return LIBUSB_SPEED_UNKNOWN;
    }

    private static final int LIBUSB_SPEED_LOW = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_speed.LIBUSB_SPEED_LOW = 1
     * }
     */
    public static int LIBUSB_SPEED_LOW() {
        return LIBUSB_SPEED_LOW;
    }

    private static final int LIBUSB_SPEED_FULL = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum libusb_speed.LIBUSB_SPEED_FULL = 2
     * }
     */
    public static int LIBUSB_SPEED_FULL() {
        return LIBUSB_SPEED_FULL;
    }

    private static final int LIBUSB_SPEED_HIGH = (int) 3L;

    /**
     * {@snippet lang=c :
     * enum libusb_speed.LIBUSB_SPEED_HIGH = 3
     * }
     */
    public static int LIBUSB_SPEED_HIGH() {
        return LIBUSB_SPEED_HIGH;
    }

    private static final int LIBUSB_SPEED_SUPER = (int) 4L;

    /**
     * {@snippet lang=c :
     * enum libusb_speed.LIBUSB_SPEED_SUPER = 4
     * }
     */
    public static int LIBUSB_SPEED_SUPER() {
        return LIBUSB_SPEED_SUPER;
    }

    private static final int LIBUSB_SPEED_SUPER_PLUS = (int) 5L;

    /**
     * {@snippet lang=c :
     * enum libusb_speed.LIBUSB_SPEED_SUPER_PLUS = 5
     * }
     */
    public static int LIBUSB_SPEED_SUPER_PLUS() {
        return LIBUSB_SPEED_SUPER_PLUS;
    }

    private static final int LIBUSB_SUCCESS = (int) 0L;

    /**
     * {@snippet lang=c :
     * enum libusb_error.LIBUSB_SUCCESS = 0
     * }
     */
    public static int LIBUSB_SUCCESS() {
        return LIBUSB_SUCCESS;
    }

    private static final int LIBUSB_ERROR_IO = (int) -1L;

    /**
     * {@snippet lang=c :
     * enum libusb_error.LIBUSB_ERROR_IO = -1
     * }
     */
    public static int LIBUSB_ERROR_IO() {
        return LIBUSB_ERROR_IO;
    }

    private static final int LIBUSB_ERROR_INVALID_PARAM = (int) -2L;

    /**
     * {@snippet lang=c :
     * enum libusb_error.LIBUSB_ERROR_INVALID_PARAM = -2
     * }
     */
    public static int LIBUSB_ERROR_INVALID_PARAM() {
        return LIBUSB_ERROR_INVALID_PARAM;
    }

    private static final int LIBUSB_ERROR_ACCESS = (int) -3L;

    /**
     * {@snippet lang=c :
     * enum libusb_error.LIBUSB_ERROR_ACCESS = -3
     * }
     */
    public static int LIBUSB_ERROR_ACCESS() {
        return LIBUSB_ERROR_ACCESS;
    }

    private static final int LIBUSB_ERROR_NO_DEVICE = (int) -4L;

    /**
     * {@snippet lang=c :
     * enum libusb_error.LIBUSB_ERROR_NO_DEVICE = -4
     * }
     */
    public static int LIBUSB_ERROR_NO_DEVICE() {
        return LIBUSB_ERROR_NO_DEVICE;
    }

    private static final int LIBUSB_ERROR_NOT_FOUND = (int) -5L;

    /**
     * {@snippet lang=c :
     * enum libusb_error.LIBUSB_ERROR_NOT_FOUND = -5
     * }
     */
    public static int LIBUSB_ERROR_NOT_FOUND() {
        return LIBUSB_ERROR_NOT_FOUND;
    }

    private static final int LIBUSB_ERROR_BUSY = (int) -6L;

    /**
     * {@snippet lang=c :
     * enum libusb_error.LIBUSB_ERROR_BUSY = -6
     * }
     */
    public static int LIBUSB_ERROR_BUSY() {
        return LIBUSB_ERROR_BUSY;
    }

    private static final int LIBUSB_ERROR_TIMEOUT = (int) -7L;

    /**
     * {@snippet lang=c :
     * enum libusb_error.LIBUSB_ERROR_TIMEOUT = -7
     * }
     */
    public static int LIBUSB_ERROR_TIMEOUT() {
        return LIBUSB_ERROR_TIMEOUT;
    }

    private static final int LIBUSB_ERROR_OVERFLOW = (int) -8L;

    /**
     * {@snippet lang=c :
     * enum libusb_error.LIBUSB_ERROR_OVERFLOW = -8
     * }
     */
    public static int LIBUSB_ERROR_OVERFLOW() {
        return LIBUSB_ERROR_OVERFLOW;
    }

    private static final int LIBUSB_ERROR_PIPE = (int) -9L;

    /**
     * {@snippet lang=c :
     * enum libusb_error.LIBUSB_ERROR_PIPE = -9
     * }
     */
    public static int LIBUSB_ERROR_PIPE() {
        return LIBUSB_ERROR_PIPE;
    }

    private static final int LIBUSB_ERROR_INTERRUPTED = (int) -10L;

    /**
     * {@snippet lang=c :
     * enum libusb_error.LIBUSB_ERROR_INTERRUPTED = -10
     * }
     */
    public static int LIBUSB_ERROR_INTERRUPTED() {
        return LIBUSB_ERROR_INTERRUPTED;
    }

    private static final int LIBUSB_ERROR_NO_MEM = (int) -11L;

    /**
     * {@snippet lang=c :
     * enum libusb_error.LIBUSB_ERROR_NO_MEM = -11
     * }
     */
    public static int LIBUSB_ERROR_NO_MEM() {
        return LIBUSB_ERROR_NO_MEM;
    }

    private static final int LIBUSB_ERROR_NOT_SUPPORTED = (int) -12L;

    /**
     * {@snippet lang=c :
     * enum libusb_error.LIBUSB_ERROR_NOT_SUPPORTED = -12
     * }
     */
    public static int LIBUSB_ERROR_NOT_SUPPORTED() {
        return LIBUSB_ERROR_NOT_SUPPORTED;
    }

    private static final int LIBUSB_ERROR_OTHER = (int) -99L;

    /**
     * {@snippet lang=c :
     * enum libusb_error.LIBUSB_ERROR_OTHER = -99
     * }
     */
    public static int LIBUSB_ERROR_OTHER() {
        return LIBUSB_ERROR_OTHER;
    }

    private static final int LIBUSB_TRANSFER_TYPE_CONTROL = (int) 0L;

    /**
     * {@snippet lang=c :
     * enum libusb_transfer_type.LIBUSB_TRANSFER_TYPE_CONTROL = 0
     * }
     */
    public static int LIBUSB_TRANSFER_TYPE_CONTROL() {
        return LIBUSB_TRANSFER_TYPE_CONTROL;
    }

    private static final int LIBUSB_TRANSFER_TYPE_ISOCHRONOUS = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_transfer_type.LIBUSB_TRANSFER_TYPE_ISOCHRONOUS = 1
     * }
     */
    public static int LIBUSB_TRANSFER_TYPE_ISOCHRONOUS() {
        return LIBUSB_TRANSFER_TYPE_ISOCHRONOUS;
    }

    private static final int LIBUSB_TRANSFER_TYPE_BULK = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum libusb_transfer_type.LIBUSB_TRANSFER_TYPE_BULK = 2
     * }
     */
    public static int LIBUSB_TRANSFER_TYPE_BULK() {
        return LIBUSB_TRANSFER_TYPE_BULK;
    }

    private static final int LIBUSB_TRANSFER_TYPE_INTERRUPT = (int) 3L;

    /**
     * {@snippet lang=c :
     * enum libusb_transfer_type.LIBUSB_TRANSFER_TYPE_INTERRUPT = 3
     * }
     */
    public static int LIBUSB_TRANSFER_TYPE_INTERRUPT() {
        return LIBUSB_TRANSFER_TYPE_INTERRUPT;
    }

    private static final int LIBUSB_TRANSFER_TYPE_BULK_STREAM = (int) 4L;

    /**
     * {@snippet lang=c :
     * enum libusb_transfer_type.LIBUSB_TRANSFER_TYPE_BULK_STREAM = 4
     * }
     */
    public static int LIBUSB_TRANSFER_TYPE_BULK_STREAM() {
        return LIBUSB_TRANSFER_TYPE_BULK_STREAM;
    }

    private static final int LIBUSB_TRANSFER_COMPLETED = (int) 0L;

    /**
     * {@snippet lang=c :
     * enum libusb_transfer_status.LIBUSB_TRANSFER_COMPLETED = 0
     * }
     */
    public static int LIBUSB_TRANSFER_COMPLETED() {
        return LIBUSB_TRANSFER_COMPLETED;
    }

    private static final int LIBUSB_TRANSFER_ERROR = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_transfer_status.LIBUSB_TRANSFER_ERROR = 1
     * }
     */
    public static int LIBUSB_TRANSFER_ERROR() {
        return LIBUSB_TRANSFER_ERROR;
    }

    private static final int LIBUSB_TRANSFER_TIMED_OUT = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum libusb_transfer_status.LIBUSB_TRANSFER_TIMED_OUT = 2
     * }
     */
    public static int LIBUSB_TRANSFER_TIMED_OUT() {
        return LIBUSB_TRANSFER_TIMED_OUT;
    }

    private static final int LIBUSB_TRANSFER_CANCELLED = (int) 3L;

    /**
     * {@snippet lang=c :
     * enum libusb_transfer_status.LIBUSB_TRANSFER_CANCELLED = 3
     * }
     */
    public static int LIBUSB_TRANSFER_CANCELLED() {
        return LIBUSB_TRANSFER_CANCELLED;
    }

    private static final int LIBUSB_TRANSFER_STALL = (int) 4L;

    /**
     * {@snippet lang=c :
     * enum libusb_transfer_status.LIBUSB_TRANSFER_STALL = 4
     * }
     */
    public static int LIBUSB_TRANSFER_STALL() {
        return LIBUSB_TRANSFER_STALL;
    }

    private static final int LIBUSB_TRANSFER_NO_DEVICE = (int) 5L;

    /**
     * {@snippet lang=c :
     * enum libusb_transfer_status.LIBUSB_TRANSFER_NO_DEVICE = 5
     * }
     */
    public static int LIBUSB_TRANSFER_NO_DEVICE() {
        return LIBUSB_TRANSFER_NO_DEVICE;
    }

    private static final int LIBUSB_TRANSFER_OVERFLOW = (int) 6L;

    /**
     * {@snippet lang=c :
     * enum libusb_transfer_status.LIBUSB_TRANSFER_OVERFLOW = 6
     * }
     */
    public static int LIBUSB_TRANSFER_OVERFLOW() {
        return LIBUSB_TRANSFER_OVERFLOW;
    }

    private static final int LIBUSB_TRANSFER_SHORT_NOT_OK = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_transfer_flags.LIBUSB_TRANSFER_SHORT_NOT_OK = 1
     * }
     */
    public static int LIBUSB_TRANSFER_SHORT_NOT_OK() {
        return LIBUSB_TRANSFER_SHORT_NOT_OK;
    }

    private static final int LIBUSB_TRANSFER_FREE_BUFFER = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum libusb_transfer_flags.LIBUSB_TRANSFER_FREE_BUFFER = 2
     * }
     */
    public static int LIBUSB_TRANSFER_FREE_BUFFER() {
        return LIBUSB_TRANSFER_FREE_BUFFER;
    }

    private static final int LIBUSB_TRANSFER_FREE_TRANSFER = (int) 4L;

    /**
     * {@snippet lang=c :
     * enum libusb_transfer_flags.LIBUSB_TRANSFER_FREE_TRANSFER = 4
     * }
     */
    public static int LIBUSB_TRANSFER_FREE_TRANSFER() {
        return LIBUSB_TRANSFER_FREE_TRANSFER;
    }

    private static final int LIBUSB_TRANSFER_ADD_ZERO_PACKET = (int) 8L;

    /**
     * {@snippet lang=c :
     * enum libusb_transfer_flags.LIBUSB_TRANSFER_ADD_ZERO_PACKET = 8
     * }
     */
    public static int LIBUSB_TRANSFER_ADD_ZERO_PACKET() {
        return LIBUSB_TRANSFER_ADD_ZERO_PACKET;
    }

    private static final int LIBUSB_CAP_HAS_CAPABILITY = (int) 0L;

    /**
     * {@snippet lang=c :
     * enum libusb_capability.LIBUSB_CAP_HAS_CAPABILITY = 0
     * }
     */
    public static int LIBUSB_CAP_HAS_CAPABILITY() {
        return LIBUSB_CAP_HAS_CAPABILITY;
    }

    private static final int LIBUSB_CAP_HAS_HOTPLUG = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_capability.LIBUSB_CAP_HAS_HOTPLUG = 1
     * }
     */
    public static int LIBUSB_CAP_HAS_HOTPLUG() {
        return LIBUSB_CAP_HAS_HOTPLUG;
    }

    private static final int LIBUSB_CAP_HAS_HID_ACCESS = (int) 256L;

    /**
     * {@snippet lang=c :
     * enum libusb_capability.LIBUSB_CAP_HAS_HID_ACCESS = 256
     * }
     */
    public static int LIBUSB_CAP_HAS_HID_ACCESS() {
        return LIBUSB_CAP_HAS_HID_ACCESS;
    }

    private static final int LIBUSB_CAP_SUPPORTS_DETACH_KERNEL_DRIVER = (int) 257L;

    /**
     * {@snippet lang=c :
     * enum libusb_capability.LIBUSB_CAP_SUPPORTS_DETACH_KERNEL_DRIVER = 257
     * }
     */
    public static int LIBUSB_CAP_SUPPORTS_DETACH_KERNEL_DRIVER() {
        return LIBUSB_CAP_SUPPORTS_DETACH_KERNEL_DRIVER;
    }

    private static final int LIBUSB_LOG_LEVEL_NONE = (int) 0L;

    /**
     * {@snippet lang=c :
     * enum libusb_log_level.LIBUSB_LOG_LEVEL_NONE = 0
     * }
     */
    public static int LIBUSB_LOG_LEVEL_NONE() {
        return LIBUSB_LOG_LEVEL_NONE;
    }

    private static final int LIBUSB_LOG_LEVEL_ERROR = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_log_level.LIBUSB_LOG_LEVEL_ERROR = 1
     * }
     */
    public static int LIBUSB_LOG_LEVEL_ERROR() {
        return LIBUSB_LOG_LEVEL_ERROR;
    }

    private static final int LIBUSB_LOG_LEVEL_WARNING = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum libusb_log_level.LIBUSB_LOG_LEVEL_WARNING = 2
     * }
     */
    public static int LIBUSB_LOG_LEVEL_WARNING() {
        return LIBUSB_LOG_LEVEL_WARNING;
    }

    private static final int LIBUSB_LOG_LEVEL_INFO = (int) 3L;

    /**
     * {@snippet lang=c :
     * enum libusb_log_level.LIBUSB_LOG_LEVEL_INFO = 3
     * }
     */
    public static int LIBUSB_LOG_LEVEL_INFO() {
        return LIBUSB_LOG_LEVEL_INFO;
    }

    private static final int LIBUSB_LOG_LEVEL_DEBUG = (int) 4L;

    /**
     * {@snippet lang=c :
     * enum libusb_log_level.LIBUSB_LOG_LEVEL_DEBUG = 4
     * }
     */
    public static int LIBUSB_LOG_LEVEL_DEBUG() {
        return LIBUSB_LOG_LEVEL_DEBUG;
    }

    private static final int LIBUSB_LOG_CB_GLOBAL = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_log_cb_mode.LIBUSB_LOG_CB_GLOBAL = 1
     * }
     */
    public static int LIBUSB_LOG_CB_GLOBAL() {
        return LIBUSB_LOG_CB_GLOBAL;
    }

    private static final int LIBUSB_LOG_CB_CONTEXT = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum libusb_log_cb_mode.LIBUSB_LOG_CB_CONTEXT = 2
     * }
     */
    public static int LIBUSB_LOG_CB_CONTEXT() {
        return LIBUSB_LOG_CB_CONTEXT;
    }

    private static final int LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_hotplug_event.LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED = 1
     * }
     */
    public static int LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED() {
        return LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED;
    }

    private static final int LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum libusb_hotplug_event.LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT = 2
     * }
     */
    public static int LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT() {
        return LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT;
    }

    private static final int LIBUSB_HOTPLUG_ENUMERATE = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_hotplug_flag.LIBUSB_HOTPLUG_ENUMERATE = 1
     * }
     */
    public static int LIBUSB_HOTPLUG_ENUMERATE() {
        return LIBUSB_HOTPLUG_ENUMERATE;
    }

    private static final int LIBUSB_OPTION_LOG_LEVEL = (int) 0L;

    /**
     * {@snippet lang=c :
     * enum libusb_option.LIBUSB_OPTION_LOG_LEVEL = 0
     * }
     */
    public static int LIBUSB_OPTION_LOG_LEVEL() {
        return LIBUSB_OPTION_LOG_LEVEL;
    }

    private static final int LIBUSB_OPTION_USE_USBDK = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum libusb_option.LIBUSB_OPTION_USE_USBDK = 1
     * }
     */
    public static int LIBUSB_OPTION_USE_USBDK() {
        return LIBUSB_OPTION_USE_USBDK;
    }

    private static final int LIBUSB_OPTION_NO_DEVICE_DISCOVERY = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum libusb_option.LIBUSB_OPTION_NO_DEVICE_DISCOVERY = 2
     * }
     */
    public static int LIBUSB_OPTION_NO_DEVICE_DISCOVERY() {
        return LIBUSB_OPTION_NO_DEVICE_DISCOVERY;
    }

    private static final int LIBUSB_OPTION_MAX = (int) 3L;

    /**
     * {@snippet lang=c :
     * enum libusb_option.LIBUSB_OPTION_MAX = 3
     * }
     */
    public static int LIBUSB_OPTION_MAX() {
        return LIBUSB_OPTION_MAX;
    }

    private static final int LIBUSB_API_VERSION = (int) 16777481L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_API_VERSION 16777481
     * }
     */
    public static int LIBUSB_API_VERSION() {
        return LIBUSB_API_VERSION;
    }

    private static final int LIBUSBX_API_VERSION = (int) 16777481L;

    /**
     * {@snippet lang=c :
     * #define LIBUSBX_API_VERSION 16777481
     * }
     */
    public static int LIBUSBX_API_VERSION() {
        return LIBUSBX_API_VERSION;
    }

    private static final int LIBUSB_DT_DEVICE_SIZE = (int) 18L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_DT_DEVICE_SIZE 18
     * }
     */
    public static int LIBUSB_DT_DEVICE_SIZE() {
        return LIBUSB_DT_DEVICE_SIZE;
    }

    private static final int LIBUSB_DT_CONFIG_SIZE = (int) 9L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_DT_CONFIG_SIZE 9
     * }
     */
    public static int LIBUSB_DT_CONFIG_SIZE() {
        return LIBUSB_DT_CONFIG_SIZE;
    }

    private static final int LIBUSB_DT_INTERFACE_SIZE = (int) 9L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_DT_INTERFACE_SIZE 9
     * }
     */
    public static int LIBUSB_DT_INTERFACE_SIZE() {
        return LIBUSB_DT_INTERFACE_SIZE;
    }

    private static final int LIBUSB_DT_ENDPOINT_SIZE = (int) 7L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_DT_ENDPOINT_SIZE 7
     * }
     */
    public static int LIBUSB_DT_ENDPOINT_SIZE() {
        return LIBUSB_DT_ENDPOINT_SIZE;
    }

    private static final int LIBUSB_DT_ENDPOINT_AUDIO_SIZE = (int) 9L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_DT_ENDPOINT_AUDIO_SIZE 9
     * }
     */
    public static int LIBUSB_DT_ENDPOINT_AUDIO_SIZE() {
        return LIBUSB_DT_ENDPOINT_AUDIO_SIZE;
    }

    private static final int LIBUSB_DT_HUB_NONVAR_SIZE = (int) 7L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_DT_HUB_NONVAR_SIZE 7
     * }
     */
    public static int LIBUSB_DT_HUB_NONVAR_SIZE() {
        return LIBUSB_DT_HUB_NONVAR_SIZE;
    }

    private static final int LIBUSB_DT_SS_ENDPOINT_COMPANION_SIZE = (int) 6L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_DT_SS_ENDPOINT_COMPANION_SIZE 6
     * }
     */
    public static int LIBUSB_DT_SS_ENDPOINT_COMPANION_SIZE() {
        return LIBUSB_DT_SS_ENDPOINT_COMPANION_SIZE;
    }

    private static final int LIBUSB_DT_BOS_SIZE = (int) 5L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_DT_BOS_SIZE 5
     * }
     */
    public static int LIBUSB_DT_BOS_SIZE() {
        return LIBUSB_DT_BOS_SIZE;
    }

    private static final int LIBUSB_DT_DEVICE_CAPABILITY_SIZE = (int) 3L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_DT_DEVICE_CAPABILITY_SIZE 3
     * }
     */
    public static int LIBUSB_DT_DEVICE_CAPABILITY_SIZE() {
        return LIBUSB_DT_DEVICE_CAPABILITY_SIZE;
    }

    private static final int LIBUSB_BT_USB_2_0_EXTENSION_SIZE = (int) 7L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_BT_USB_2_0_EXTENSION_SIZE 7
     * }
     */
    public static int LIBUSB_BT_USB_2_0_EXTENSION_SIZE() {
        return LIBUSB_BT_USB_2_0_EXTENSION_SIZE;
    }

    private static final int LIBUSB_BT_SS_USB_DEVICE_CAPABILITY_SIZE = (int) 10L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_BT_SS_USB_DEVICE_CAPABILITY_SIZE 10
     * }
     */
    public static int LIBUSB_BT_SS_USB_DEVICE_CAPABILITY_SIZE() {
        return LIBUSB_BT_SS_USB_DEVICE_CAPABILITY_SIZE;
    }

    private static final int LIBUSB_BT_CONTAINER_ID_SIZE = (int) 20L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_BT_CONTAINER_ID_SIZE 20
     * }
     */
    public static int LIBUSB_BT_CONTAINER_ID_SIZE() {
        return LIBUSB_BT_CONTAINER_ID_SIZE;
    }

    private static final int LIBUSB_DT_BOS_MAX_SIZE = (int) 42L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_DT_BOS_MAX_SIZE 42
     * }
     */
    public static int LIBUSB_DT_BOS_MAX_SIZE() {
        return LIBUSB_DT_BOS_MAX_SIZE;
    }

    private static final int LIBUSB_ENDPOINT_ADDRESS_MASK = (int) 15L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_ENDPOINT_ADDRESS_MASK 15
     * }
     */
    public static int LIBUSB_ENDPOINT_ADDRESS_MASK() {
        return LIBUSB_ENDPOINT_ADDRESS_MASK;
    }

    private static final int LIBUSB_ENDPOINT_DIR_MASK = (int) 128L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_ENDPOINT_DIR_MASK 128
     * }
     */
    public static int LIBUSB_ENDPOINT_DIR_MASK() {
        return LIBUSB_ENDPOINT_DIR_MASK;
    }

    private static final int LIBUSB_TRANSFER_TYPE_MASK = (int) 3L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_TRANSFER_TYPE_MASK 3
     * }
     */
    public static int LIBUSB_TRANSFER_TYPE_MASK() {
        return LIBUSB_TRANSFER_TYPE_MASK;
    }

    private static final int LIBUSB_ISO_SYNC_TYPE_MASK = (int) 12L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_ISO_SYNC_TYPE_MASK 12
     * }
     */
    public static int LIBUSB_ISO_SYNC_TYPE_MASK() {
        return LIBUSB_ISO_SYNC_TYPE_MASK;
    }

    private static final int LIBUSB_ISO_USAGE_TYPE_MASK = (int) 48L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_ISO_USAGE_TYPE_MASK 48
     * }
     */
    public static int LIBUSB_ISO_USAGE_TYPE_MASK() {
        return LIBUSB_ISO_USAGE_TYPE_MASK;
    }

    private static final long LIBUSB_CONTROL_SETUP_SIZE = 8L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_CONTROL_SETUP_SIZE 8
     * }
     */
    public static long LIBUSB_CONTROL_SETUP_SIZE() {
        return LIBUSB_CONTROL_SETUP_SIZE;
    }

    private static final int LIBUSB_ERROR_COUNT = (int) 14L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_ERROR_COUNT 14
     * }
     */
    public static int LIBUSB_ERROR_COUNT() {
        return LIBUSB_ERROR_COUNT;
    }

    private static final int LIBUSB_HOTPLUG_NO_FLAGS = (int) 0L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_HOTPLUG_NO_FLAGS 0
     * }
     */
    public static int LIBUSB_HOTPLUG_NO_FLAGS() {
        return LIBUSB_HOTPLUG_NO_FLAGS;
    }

    private static final int LIBUSB_HOTPLUG_MATCH_ANY = (int) -1L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_HOTPLUG_MATCH_ANY -1
     * }
     */
    public static int LIBUSB_HOTPLUG_MATCH_ANY() {
        return LIBUSB_HOTPLUG_MATCH_ANY;
    }

    private static final int LIBUSB_OPTION_WEAK_AUTHORITY = (int) 2L;

    /**
     * {@snippet lang=c :
     * #define LIBUSB_OPTION_WEAK_AUTHORITY 2
     * }
     */
    public static int LIBUSB_OPTION_WEAK_AUTHORITY() {
        return LIBUSB_OPTION_WEAK_AUTHORITY;
    }

}
