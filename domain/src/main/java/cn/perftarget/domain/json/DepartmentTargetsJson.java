package cn.perftarget.domain.json;

import cn.perftarget.domain.importer.DepartmentTargets;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The stored JSON form of a department part ({@link DepartmentTargets}: the jsonb of {@code department_targets} and
 * of its history). Its own mapper, like {@link TableJson}; unknown properties are ignored and a missing one reads as
 * blank, so that content written before a field was added or removed still reads.
 */
public final class DepartmentTargetsJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DepartmentTargetsJson() {}

    public static String write(DepartmentTargets part) {
        try {
            return MAPPER.writeValueAsString(part);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("department part cannot be written as JSON", e);
        }
    }

    public static DepartmentTargets read(String json) {
        try {
            return MAPPER.readValue(json, DepartmentTargets.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored department part JSON cannot be read", e);
        }
    }
}
