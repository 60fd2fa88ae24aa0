package org.ffmusb.usbredir.filter;

import java.util.List;

/** The algorithm of C {@code usbredirfilter_check} (reference §8.2); see {@link UsbRedirFilter#check}. */
final class FilterCheck {
    private FilterCheck() {}

    static FilterVerdict check(List<FilterRule> rules, FilterDevice device, boolean defaultAllow,
                               boolean skipNonBootHid) {
        int deviceClass = device.deviceClass().baseClass();
        // Class 0x00 defers to the interfaces and 0xEF is a composite: the device class says nothing.
        if (deviceClass != ClassCode.PER_INTERFACE && deviceClass != ClassCode.MISCELLANEOUS) {
            FilterVerdict verdict = pass(rules, device, FilterVerdict.Pass.device(deviceClass), defaultAllow);
            if (!verdict.isAllowed()) {
                return verdict;
            }
        }
        List<ClassCode> interfaces = device.interfaces();
        int skipped = 0;
        for (int i = 0; i < interfaces.size(); i++) {
            ClassCode iface = interfaces.get(i);
            // Volume buttons of an audio device must not make the whole device count as HID.
            if (skipNonBootHid && interfaces.size() > 1 && iface.isNonBootHid()) {
                skipped++;
                continue;
            }
            FilterVerdict verdict = pass(rules, device, new FilterVerdict.Pass(i, iface.baseClass()), defaultAllow);
            if (!verdict.isAllowed()) {
                return verdict;
            }
        }
        // A device made only of non-boot HID interfaces (a KVM's keyboard + mouse) is judged on them
        // after all, or it would pass any HID-denying filter (C 0.7.1 reruns the whole check).
        if (!interfaces.isEmpty() && skipped == interfaces.size()) {
            return check(rules, device, defaultAllow, false);
        }
        return FilterVerdict.Allowed.INSTANCE;
    }

    private static FilterVerdict pass(List<FilterRule> rules, FilterDevice device, FilterVerdict.Pass pass,
                                      boolean defaultAllow) {
        for (int i = 0; i < rules.size(); i++) {
            FilterRule rule = rules.get(i);
            if (rule.matches(pass.usbClass(), device.vendorId(), device.productId(), device.deviceVersionBcd())) {
                return rule.allow() ? FilterVerdict.Allowed.INSTANCE : new FilterVerdict.Denied(i, rule, pass);
            }
        }
        return defaultAllow ? FilterVerdict.Allowed.INSTANCE : new FilterVerdict.NoMatch(pass);
    }
}
