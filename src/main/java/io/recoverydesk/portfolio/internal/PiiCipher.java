package io.recoverydesk.portfolio.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts national ids (AES-256-GCM) and derives a keyed hash (HMAC-SHA256) so that
 * debtors can be matched without decrypting. The key comes from RD_PII_KEY (base64, 32
 * bytes) or, when unset, from a key file created beside the embedded database on the
 * first start.
 */
@Component
class PiiCipher {

    private static final Logger log = LoggerFactory.getLogger(PiiCipher.class);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec aesKey;

    private final SecretKeySpec macKey;

    private final ThreadLocal<Mac> macs;

    /**
     * One cipher per thread and direction: looking the transformation up and expanding
     * the key on every value was a tenth of an import's checking time; a cipher
     * re-initialised with the same key keeps its key schedule. Each encryption still
     * takes a fresh random IV.
     */
    private final ThreadLocal<Cipher> encrypting = ThreadLocal.withInitial(PiiCipher::newCipher);

    private final ThreadLocal<Cipher> decrypting = ThreadLocal.withInitial(PiiCipher::newCipher);

    PiiCipher(@Value("${rd.pii.key:}") String key, @Value("${rd.pii.key-file:./data/pii.key}") String keyFile) {
        byte[] master = key == null || key.isBlank() ? fromFile(Path.of(keyFile))
                : Base64.getDecoder().decode(key.trim());
        if (master.length != 32) {
            throw new IllegalStateException("RD_PII_KEY must be 32 bytes, base64-encoded");
        }
        this.aesKey = new SecretKeySpec(derive(master, "enc"), "AES");
        this.macKey = new SecretKeySpec(derive(master, "mac"), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
            log.warn("RD_PII_KEY is not set: created a personal-data key in {}. Keep it with the database; "
                    + "set RD_PII_KEY in production.", file.toAbsolutePath());
            return fresh;
        }
        catch (IOException ex) {
            throw new IllegalStateException("cannot read or create the PII key file " + file, ex);
        }
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return mac;
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    String encrypt(String plain) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = encrypting.get();
            cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    String decrypt(String sealedBase64) {
        try {
            byte[] in = Base64.getDecoder().decode(sealedBase64);
            Cipher cipher = decrypting.get();
            cipher.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(128, in, 0, 12));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("cannot decrypt: wrong RD_PII_KEY?", ex);
        }
    }

    String matchHash(String plain) {
        return HexFormat.of().formatHex(macs.get().doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }

}
