// Health Passbook on Android: BiometricPrompt with an Android Keystore key (DESIGN.md §3, §9).
//
// The biometric slot's key is encrypted with the public half of an RSA key pair kept in the
// Android Keystore; the private half requires the user to authenticate for every single use
// (setUserAuthenticationParameters(0, BIOMETRIC_STRONG)) and is invalidated when biometrics are
// enrolled or removed (setInvalidatedByBiometricEnrollment(true)). Decryption only happens through
// the Cipher handed to BiometricPrompt as its CryptoObject, so key material is released by the
// biometric check itself, not by a yes/no answer (OWASP MASVS AUTH-2).
//
// The framework's android.hardware.biometrics API (API level 30+) works with Qt's own activity, which
// is not a FragmentActivity. Not built by this project's CI (which runs on Linux); selected by
// CMake on Android only.
package org.healthpassbook;

import android.app.Activity;
import android.content.Context;
import android.content.SharedPreferences;
import android.security.keystore.KeyGenParameterSpec;
import android.security.keystore.KeyPermanentlyInvalidatedException;
import android.security.keystore.KeyProperties;
import android.util.Base64;
import android.view.WindowManager;

import android.hardware.biometrics.BiometricManager;
import android.hardware.biometrics.BiometricPrompt;
import android.os.CancellationSignal;

import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.MGF1ParameterSpec;

import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

public final class BiometricBridge {
    private static final String KEY_ALIAS = "health-passbook-biometric";
    private static final String PREFS = "health-passbook-biometric";
    private static final String TRANSFORMATION = "RSA/ECB/OAEPWithSHA-256AndMGF1Padding";

    // Outcomes, in the order of platform::BiometricAuthenticator::Outcome.
    static final int MATCH = 0, NO_MATCH = 1, UNAVAILABLE = 2, BUSY = 3, TIMED_OUT = 4, CANCELLED = 5,
                     FAILED = 6, INVALIDATED = 7;

    static native void onResult(long handle, int outcome, byte[] secret, String detail);

    private BiometricBridge() {}

    public static void secureWindow(Activity activity) {
        activity.runOnUiThread(() -> activity.getWindow().setFlags(
            WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE));
    }

    public static String unavailableReason(Context context) {
        BiometricManager manager = context.getSystemService(BiometricManager.class);
        switch (manager.canAuthenticate(BiometricManager.Authenticators.BIOMETRIC_STRONG)) {
        case BiometricManager.BIOMETRIC_SUCCESS: return "";
        case BiometricManager.BIOMETRIC_ERROR_NONE_ENROLLED: return "none-enrolled";
        case BiometricManager.BIOMETRIC_ERROR_NO_HARDWARE: return "no-hardware";
        default: return "unavailable";
        }
    }

    private static PublicKey publicKey() throws Exception {
        KeyStore ks = KeyStore.getInstance("AndroidKeyStore");
        ks.load(null);
        if (!ks.containsAlias(KEY_ALIAS)) {
            KeyPairGenerator g = KeyPairGenerator.getInstance(KeyProperties.KEY_ALGORITHM_RSA, "AndroidKeyStore");
            g.initialize(new KeyGenParameterSpec.Builder(KEY_ALIAS, KeyProperties.PURPOSE_DECRYPT)
                             .setKeySize(3072)
                             .setDigests(KeyProperties.DIGEST_SHA256)
                             .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_RSA_OAEP)
                             .setUserAuthenticationRequired(true)
                             .setUserAuthenticationParameters(0, KeyProperties.AUTH_BIOMETRIC_STRONG)
                             .setInvalidatedByBiometricEnrollment(true)
                             .build());
            g.generateKeyPair();
        }
        return ks.getCertificate(KEY_ALIAS).getPublicKey();
    }

    private static OAEPParameterSpec oaep() {
        return new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA1, PSource.PSpecified.DEFAULT);
    }

    // Storing needs no biometric check: only the public key is used.
    public static boolean store(Context context, String name, byte[] secret) {
        try {
            Cipher c = Cipher.getInstance(TRANSFORMATION);
            c.init(Cipher.ENCRYPT_MODE, publicKey(), oaep());
            byte[] sealed = c.doFinal(secret);
            java.util.Arrays.fill(secret, (byte) 0);
            return prefs(context).edit().putString(name, Base64.encodeToString(sealed, Base64.NO_WRAP)).commit();
        } catch (Exception e) {
            return false;
        }
    }

    public static boolean has(Context context, String name) { return prefs(context).contains(name); }

    public static void remove(Context context, String name) { prefs(context).edit().remove(name).commit(); }

    private static SharedPreferences prefs(Context context) {
        return context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
    }

    // Shows the prompt; on success the private key, unlocked by that very authentication, opens the
    // stored secret, which goes to native code and nowhere else.
    private static CancellationSignal s_cancel;

    public static void cancel() {
        if (s_cancel != null) {
            s_cancel.cancel();
        }
    }

    public static void authenticate(Activity activity, String name, String title, String cancel, long handle) {
        final String stored = prefs(activity).getString(name, null);
        if (stored == null) {
            onResult(handle, UNAVAILABLE, null, "no-entry");
            return;
        }
        final Cipher cipher;
        try {
            KeyStore ks = KeyStore.getInstance("AndroidKeyStore");
            ks.load(null);
            cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, (PrivateKey) ks.getKey(KEY_ALIAS, null), oaep());
        } catch (KeyPermanentlyInvalidatedException e) {
            remove(activity, name); // enrolment changed: the key is gone for good
            onResult(handle, INVALIDATED, null, "enrollment-changed");
            return;
        } catch (Exception e) {
            onResult(handle, FAILED, null, e.getClass().getSimpleName());
            return;
        }
        activity.runOnUiThread(() -> {
            BiometricPrompt prompt = new BiometricPrompt.Builder(activity)
                                         .setTitle(title)
                                         .setNegativeButton(cancel, activity.getMainExecutor(),
                                                            (dialog, which) -> onResult(handle, CANCELLED, null, ""))
                                         .setAllowedAuthenticators(BiometricManager.Authenticators.BIOMETRIC_STRONG)
                                         .build();
            s_cancel = new CancellationSignal();
            prompt.authenticate(new BiometricPrompt.CryptoObject(cipher), s_cancel, activity.getMainExecutor(),
                new BiometricPrompt.AuthenticationCallback() {
                    @Override
                    public void onAuthenticationSucceeded(BiometricPrompt.AuthenticationResult result) {
                        try {
                            byte[] secret = result.getCryptoObject().getCipher().doFinal(
                                Base64.decode(stored, Base64.NO_WRAP));
                            onResult(handle, MATCH, secret, "");
                            java.util.Arrays.fill(secret, (byte) 0);
                        } catch (Exception e) {
                            onResult(handle, FAILED, null, e.getClass().getSimpleName());
                        }
                    }

                    @Override
                    public void onAuthenticationError(int code, CharSequence message) {
                        int outcome = code == BiometricPrompt.BIOMETRIC_ERROR_USER_CANCELED
                                              || code == BiometricPrompt.BIOMETRIC_ERROR_CANCELED ? CANCELLED
                                      : code == BiometricPrompt.BIOMETRIC_ERROR_TIMEOUT ? TIMED_OUT
                                      : code == BiometricPrompt.BIOMETRIC_ERROR_HW_UNAVAILABLE ? BUSY
                                      : code == BiometricPrompt.BIOMETRIC_ERROR_NO_BIOMETRICS
                                              || code == BiometricPrompt.BIOMETRIC_ERROR_HW_NOT_PRESENT ? UNAVAILABLE
                                      : code == BiometricPrompt.BIOMETRIC_ERROR_LOCKOUT
                                              || code == BiometricPrompt.BIOMETRIC_ERROR_LOCKOUT_PERMANENT ? NO_MATCH
                                      : FAILED;
                        onResult(handle, outcome, null, message.toString());
                    }
                });
        });
    }
}
