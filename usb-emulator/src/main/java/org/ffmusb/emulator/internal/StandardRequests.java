package org.ffmusb.emulator.internal;

import org.ffmusb.emulator.model.AltSetting;
import org.ffmusb.emulator.model.Configuration;
import org.ffmusb.emulator.model.DescriptorSet;
import org.ffmusb.emulator.model.Endpoint;
import org.ffmusb.emulator.model.Interface;
import org.ffmusb.emulator.model.SetupPacket;

/**
 * The standard requests of USB 2.0 §9.4, answered once for every device model from its descriptors
 * and the device state; anything else (class and vendor requests, descriptor types the emulator cannot
 * derive, SYNCH_FRAME) goes to the model. Both transports use it: control URBs and USBDEVFS_CONTROL
 * (I/O thread), and the direct host's control transfers (its dispatch, model lock held); the host-side
 * operations that change the same state (USBDEVFS_SETCONFIGURATION, SETINTERFACE, CLEAR_HALT, and the
 * direct host's) go through {@link #applyConfiguration}, {@link #applyAltSetting} and {@link #clearHalt}
 * too. A request error is a STALL, as §9.2.7 asks.
 */
final class StandardRequests {
    private StandardRequests() {}

    static void dispatch(DeviceCore dev, ControlCore t) {
        SetupPacket s = t.setup();
        if (s.type() != SetupPacket.Type.STANDARD) {
            toModel(dev, t);
            return;
        }
        switch (s.request()) {
            case SetupPacket.GET_DESCRIPTOR -> getDescriptor(dev, t);
            case SetupPacket.GET_STATUS -> getStatus(dev, t);
            case SetupPacket.CLEAR_FEATURE -> feature(dev, t, false);
            case SetupPacket.SET_FEATURE -> feature(dev, t, true);
            case SetupPacket.SET_ADDRESS -> {
                if (s.isIn() || s.value() > 127 || s.recipient() != SetupPacket.Recipient.DEVICE) {
                    t.stall();
                } else {
                    t.complete(0);
                }
            }
            case SetupPacket.GET_CONFIGURATION -> {
                Configuration c = locked(dev, dev.state::active);
                reply(t, new byte[] {(byte) (c == null ? 0 : c.value())});
            }
            case SetupPacket.SET_CONFIGURATION -> setConfiguration(dev, t);
            case SetupPacket.GET_INTERFACE -> getInterface(dev, t);
            case SetupPacket.SET_INTERFACE -> setInterface(dev, t);
            case SetupPacket.SET_DESCRIPTOR -> t.stall();
            default -> toModel(dev, t);
        }
    }

    private static void toModel(DeviceCore dev, ControlCore t) {
        dev.controlToModel(t);
    }

    private static void getDescriptor(DeviceCore dev, ControlCore t) {
        SetupPacket s = t.setup();
        if (!s.isIn()) {
            t.stall();
            return;
        }
        if (s.recipient() != SetupPacket.Recipient.DEVICE) {
            toModel(dev, t);
            return;
        }
        DescriptorSet ds = dev.descriptors;
        byte[] d = switch (s.descriptorType()) {
            case SetupPacket.DT_DEVICE -> s.descriptorIndex() == 0 ? ds.device() : null;
            case SetupPacket.DT_CONFIG -> ds.configuration(s.descriptorIndex());
            case SetupPacket.DT_STRING -> ds.string(s.descriptorIndex());
            // Linux's root hubs run at one speed only and stall these two
            case SetupPacket.DT_DEVICE_QUALIFIER -> dev.isRootHub() ? null : ds.deviceQualifier();
            case SetupPacket.DT_OTHER_SPEED_CONFIG -> dev.isRootHub() ? null : ds.otherSpeedConfiguration(s.descriptorIndex());
            case SetupPacket.DT_BOS -> ds.bos();
            default -> null;
        };
        if (d == null) {
            toModel(dev, t);
        } else {
            reply(t, d);
        }
    }

    private static void getStatus(DeviceCore dev, ControlCore t) {
        SetupPacket s = t.setup();
        if (!s.isIn() || s.value() != 0) {
            t.stall();
            return;
        }
        Integer status = locked(dev, () -> switch (s.recipient()) {
            case DEVICE -> {
                Configuration c = dev.state.active() != null ? dev.state.active()
                        : dev.descriptors.definition().configurations().getFirst();
                yield (c.selfPowered() ? 1 : 0) | (dev.state.remoteWakeup() ? 2 : 0);
            }
            case INTERFACE -> dev.state.active() != null && dev.state.active().iface(s.index() & 0xff) != null ? 0 : null;
            case ENDPOINT -> {
                int ep = s.index() & 0xff;
                if ((ep & 0x7f) == 0) {
                    yield 0;
                }
                yield dev.state.currentEndpoint(ep) != null ? (dev.state.isHalted(ep) ? 1 : 0) : null;
            }
            default -> null;
        });
        if (status == null) {
            t.stall();
        } else {
            reply(t, new byte[] {(byte) (int) status, 0});
        }
    }

    private static void feature(DeviceCore dev, ControlCore t, boolean set) {
        SetupPacket s = t.setup();
        if (s.isIn() && s.length() > 0) {
            t.stall();
            return;
        }
        Boolean ok;
        int ep = s.index() & 0xff;
        if (s.recipient() == SetupPacket.Recipient.ENDPOINT && s.value() == SetupPacket.FEATURE_ENDPOINT_HALT) {
            ok = locked(dev, () -> {
                if ((ep & 0x7f) == 0) {
                    return !set;
                }
                if (dev.state.currentEndpoint(ep) == null) {
                    return false;
                }
                dev.state.setHalted(ep, set);
                return true;
            });
            if (ok && !set && (ep & 0x7f) != 0) {
                dev.callModel(() -> dev.model.haltCleared(ep));
            }
        } else if (s.recipient() == SetupPacket.Recipient.DEVICE
                && s.value() == SetupPacket.FEATURE_DEVICE_REMOTE_WAKEUP) {
            ok = locked(dev, () -> {
                Configuration c = dev.state.active();
                if (set && (c == null || !c.remoteWakeup())) {
                    return false;
                }
                dev.state.setRemoteWakeup(set);
                return true;
            });
        } else {
            ok = false;
        }
        if (ok) {
            t.complete(0);
        } else {
            t.stall();
        }
    }

    private static void setConfiguration(DeviceCore dev, ControlCore t) {
        SetupPacket s = t.setup();
        int value = s.value() & 0xff;
        Configuration c = value == 0 ? null : dev.descriptors.definition().configuration(value);
        if (s.isIn() || s.recipient() != SetupPacket.Recipient.DEVICE || (value != 0 && c == null)) {
            t.stall();
            return;
        }
        applyConfiguration(dev, c);
        t.complete(0);
    }

    /**
     * The device switches to {@code c} (or none): state, transport (sysfs, kernel drivers; transfers on
     * the endpoints left behind), model. The same configuration again resets it (settings 0, no halts).
     * No lock held.
     */
    static void applyConfiguration(DeviceCore dev, Configuration c) {
        Configuration before;
        dev.lock.lock();
        try {
            before = dev.state.active();
            dev.selectConfiguration(c, before != c);
        } finally {
            dev.lock.unlock();
        }
        dev.settingsChanged(DeviceCore.ALL_INTERFACES);
        dev.configurationChanged(c, before != c);
    }

    private static void getInterface(DeviceCore dev, ControlCore t) {
        SetupPacket s = t.setup();
        Integer alt = locked(dev, () -> {
            int ifnum = s.index() & 0xff;
            Configuration c = dev.state.active();
            return s.isIn() && c != null && c.iface(ifnum) != null ? dev.state.altSetting(ifnum) : null;
        });
        if (alt == null || s.recipient() != SetupPacket.Recipient.INTERFACE) {
            t.stall();
        } else {
            reply(t, new byte[] {(byte) (int) alt});
        }
    }

    private static void setInterface(DeviceCore dev, ControlCore t) {
        SetupPacket s = t.setup();
        if (s.isIn() || s.recipient() != SetupPacket.Recipient.INTERFACE
                || !applyAltSetting(dev, s.index() & 0xff, s.value())) {
            t.stall();
        } else {
            t.complete(0);
        }
    }

    /** Selects an alternate setting; false if the interface or setting does not exist. No lock held. */
    static boolean applyAltSetting(DeviceCore dev, int ifnum, int alt) {
        AltSetting selected = locked(dev, () -> {
            Configuration c = dev.state.active();
            Interface i = c == null ? null : c.iface(ifnum);
            AltSetting a = i == null ? null : i.altSetting(alt);
            if (a != null) {
                dev.state.selectAlt(ifnum, alt);
            }
            return a;
        });
        if (selected == null) {
            return false;
        }
        dev.settingsChanged(ifnum);
        dev.callModel(() -> dev.model.interfaceSelected(ifnum, selected));
        return true;
    }

    /** Clears a halt as CLEAR_FEATURE(ENDPOINT_HALT) does; false if the endpoint is not in a current setting. */
    static boolean clearHalt(DeviceCore dev, int ep) {
        Endpoint e = locked(dev, () -> {
            Endpoint found = dev.state.currentEndpoint(ep);
            if (found != null) {
                dev.state.setHalted(ep, false);
            }
            return found;
        });
        if (e == null) {
            return false;
        }
        dev.callModel(() -> dev.model.haltCleared(ep));
        return true;
    }

    private static void reply(ControlCore t, byte[] data) {
        int n = Math.min(data.length, t.length());
        java.lang.foreign.MemorySegment.copy(data, 0, t.buffer(), java.lang.foreign.ValueLayout.JAVA_BYTE, 0, n);
        t.complete(n);
    }

    private static <T> T locked(DeviceCore dev, java.util.function.Supplier<T> f) {
        dev.lock.lock();
        try {
            return f.get();
        } finally {
            dev.lock.unlock();
        }
    }
}
