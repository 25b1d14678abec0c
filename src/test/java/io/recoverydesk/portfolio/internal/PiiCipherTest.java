package io.recoverydesk.portfolio.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PiiCipherTest {

    private final PiiCipher cipher = new PiiCipher(Base64.getEncoder().encodeToString(new byte[32]), "unused");

    @Test
    void aValueComesBackAndIsSealedAnewEachTime() {
        String first = cipher.encrypt("110101199003077777");
        String second = cipher.encrypt("110101199003077777");
        assertThat(first).isNotEqualTo(second);
        assertThat(cipher.decrypt(first)).isEqualTo("110101199003077777");
        assertThat(cipher.decrypt(second)).isEqualTo("110101199003077777");
        assertThat(cipher.decrypt(cipher.encrypt(""))).isEmpty();
        assertThat(cipher.decrypt(cipher.encrypt("张三 · 北京"))).isEqualTo("张三 · 北京");
    }

    @Test
    void threadsEncryptAndDecryptEachOthersValues() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> sealed = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String plain = "ID-" + i;
                sealed.add(pool.submit(() -> cipher.encrypt(plain)));
            }
            List<Future<String>> opened = new ArrayList<>();
            for (Future<String> s : sealed) {
                String value = s.get();
                opened.add(pool.submit(() -> cipher.decrypt(value)));
            }
            for (int i = 0; i < 400; i++) {
                assertThat(opened.get(i).get()).isEqualTo("ID-" + i);
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAlteredValueIsRefusedAndTheCipherStillWorks() {
        byte[] sealed = Base64.getDecoder().decode(cipher.encrypt("secret"));
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(sealed)))
            .isInstanceOf(IllegalStateException.class);
        assertThat(cipher.decrypt(cipher.encrypt("after"))).isEqualTo("after");
    }

}
