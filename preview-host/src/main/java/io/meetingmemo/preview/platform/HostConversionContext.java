package io.meetingmemo.preview.platform;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import java.util.HashMap;
import java.util.Map;

/** The render context of one page render: the page, and the output type (display, preview, pdf, email …). */
public final class HostConversionContext implements ConversionContext {
    private final ContentEntityObject entity;
    private final String outputType;
    private final Map<String, Object> properties = new HashMap<>();

    public HostConversionContext(ContentEntityObject entity, String outputType) {
        this.entity = entity;
        this.outputType = outputType;
    }

    @Override public void setProperty(String name, Object value) { properties.put(name, value); }
    @Override public Object getProperty(String name) { return properties.get(name); }
    @Override public ContentEntityObject getEntity() { return entity; }
    @Override public String getSpaceKey() { return entity instanceof SpaceContentEntityObject s ? s.getSpaceKey() : null; }
    @Override public String getOutputType() { return outputType; }
    @Override public String getOutputDeviceType() { return "desktop"; }
}
