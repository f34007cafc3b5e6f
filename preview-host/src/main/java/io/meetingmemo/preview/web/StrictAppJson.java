package io.meetingmemo.preview.web;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The Jackson set-up of the app's REST module in the preview host: it auto-detects nothing (no fields,
 * getters, setters or creators), so only what the app names with {@code @JsonProperty} and
 * {@code @JsonCreator} is read and written. Confluence's REST module configures its own mapper in ways
 * that are not public; JSON that is explicit everywhere comes out the same under any of them, and here a
 * body that relies on auto-detection fails in the host's tests instead of in an administrator's Confluence.
 */
@Provider
public final class StrictAppJson implements ContextResolver<ObjectMapper> {
    private final ObjectMapper mapper = mapper();

    /** A mapper that serialises and reads only what is annotated. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .disable(MapperFeature.AUTO_DETECT_FIELDS, MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS,
                        MapperFeature.AUTO_DETECT_SETTERS, MapperFeature.AUTO_DETECT_CREATORS)
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .build();
    }

    @Override
    public ObjectMapper getContext(Class<?> type) { return mapper; }
}
