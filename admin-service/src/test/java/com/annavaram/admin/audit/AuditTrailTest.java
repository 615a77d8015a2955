package com.annavaram.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AuditTrailTest {

    @Test
    void shouldKeepOnlyTheFieldsWhoseValuesChanged() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("name", "Kaja");
        before.put("price", new BigDecimal("250.00"));
        before.put("description", null);
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("name", "Kakinada Kaja");
        after.put("price", new BigDecimal("250"));

        assertThat(AuditTrail.changedFields(before, after)).containsExactly("name");
    }

    @Test
    void shouldKeepEveryFieldOfACreationOrDeletion() {
        assertThat(AuditTrail.changedFields(null, Map.of("name", "Kaja"))).containsExactly("name");
        assertThat(AuditTrail.changedFields(Map.of("name", "Kaja"), null)).containsExactly("name");
    }
}
