package com.annavaram.user.account.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class OtpCodesTest {

    private final ObjectId user = new ObjectId();

    @Test
    void shouldGenerateSixDigitCodesThatVary() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = OtpCodes.generate();
            assertThat(code).matches("\\d{6}");
            codes.add(code);
        }

        assertThat(codes).hasSizeGreaterThan(150);
    }

    @Test
    void shouldBindTheHashToUserBucketAndPepper() {
        OtpCodes codes = new OtpCodes("pepper");
        String hash = codes.hash(user, OtpBucket.EMAIL_VERIFICATION, "123456");

        assertThat(hash).hasSize(64).doesNotContain("123456");
        assertThat(codes.matches(user, OtpBucket.EMAIL_VERIFICATION, "123456", hash)).isTrue();
        assertThat(codes.matches(user, OtpBucket.EMAIL_VERIFICATION, "123457", hash)).isFalse();
        assertThat(codes.matches(user, OtpBucket.EMAIL_CHANGE, "123456", hash)).isFalse();
        assertThat(codes.matches(new ObjectId(), OtpBucket.EMAIL_VERIFICATION, "123456", hash)).isFalse();
        assertThat(new OtpCodes("other").matches(user, OtpBucket.EMAIL_VERIFICATION, "123456", hash)).isFalse();
        assertThat(codes.matches(user, OtpBucket.EMAIL_VERIFICATION, null, hash)).isFalse();
    }
}
