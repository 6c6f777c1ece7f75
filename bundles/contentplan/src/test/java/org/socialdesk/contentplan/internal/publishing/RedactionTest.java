package org.socialdesk.contentplan.internal.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void blanksEverySecretAnErrorEchoes() {
        Redaction redaction = new Redaction(List.of("vk1.a.secret-user", "vk1.a.secret-group", "abc"));

        assertEquals("request access_token=[secret]&group=[secret] refused, abc kept",
                redaction.of("request access_token=vk1.a.secret-user&group=vk1.a.secret-group refused, abc kept"));
    }
}
