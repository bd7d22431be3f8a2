'''fprintd (net.reactivated.Fprint) template for python3-dbusmock — the tests' fingerprint daemon.

One reader at /net/reactivated/Fprint/Device/0. Parameters: "no_device": GetDefaultDevice fails
with NoSuchDevice; "busy": Claim fails with AlreadyInUse; "auto_match": N — every VerifyStart is
answered by a matching finger N ms later (the screenshot tour, which has nobody to touch a reader).
Otherwise the test scans a finger by emitting VerifyStatus on the device
(org.freedesktop.DBus.Mock.EmitSignal); calls are in the mock's log.
'''

import dbus

BUS_NAME = 'net.reactivated.Fprint'
MAIN_OBJ = '/net/reactivated/Fprint/Manager'
MAIN_IFACE = 'net.reactivated.Fprint.Manager'
SYSTEM_BUS = True

DEVICE_PATH = '/net/reactivated/Fprint/Device/0'
DEVICE_IFACE = 'net.reactivated.Fprint.Device'
ERROR = 'net.reactivated.Fprint.Error.'


def load(mock, parameters):
    if parameters.get('no_device'):
        get = f'raise dbus.exceptions.DBusException("no reader", name="{ERROR}NoSuchDevice")'
    else:
        get = f'ret = dbus.ObjectPath("{DEVICE_PATH}")'
    mock.AddMethods(MAIN_IFACE, [
        ('GetDefaultDevice', '', 'o', get),
        ('GetDevices', '', 'ao', f'ret = [dbus.ObjectPath("{DEVICE_PATH}")]'),
    ])
    if parameters.get('auto_match'):
        verify = ('from gi.repository import GLib\n'
                  f'GLib.timeout_add({int(parameters["auto_match"])}, lambda mock=self: mock.EmitSignal('
                  f'"{DEVICE_IFACE}", "VerifyStatus", "sb", ["verify-match", True]) or False)')
    else:
        verify = ''
    if parameters.get('busy'):
        claim = f'raise dbus.exceptions.DBusException("in use", name="{ERROR}AlreadyInUse")'
    else:
        claim = ''
    mock.AddObject(DEVICE_PATH, DEVICE_IFACE,
                   {'name': 'Sandbox reader', 'num-enroll-stages': dbus.Int32(5), 'scan-type': 'press'},
                   [
                       ('Claim', 's', '', claim),
                       ('Release', '', '', ''),
                       ('VerifyStart', 's', '', verify),
                       ('VerifyStop', '', '', ''),
                       ('ListEnrolledFingers', 's', 'as', 'ret = ["right-index-finger"]'),
                   ])
