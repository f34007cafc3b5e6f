package io.meetingmemo.preview.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;

/** Request bodies of the host's {@code /rest/api} may carry properties the host does not know; Confluence ignores them too. */
public final class LenientJson implements ContextResolver<ObjectMapper> {
    private final ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Override
    public ObjectMapper getContext(Class<?> type) { return mapper; }
}
