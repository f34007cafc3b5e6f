package io.meetingmemo.preview.platform;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Collects the web-resources required while one page renders (per thread, reset per request), so the
 * page includes the app's CSS and JS only when one of its macros rendered.
 */
public final class HostWebResources implements PageBuilderService {
    private static final ThreadLocal<Set<String>> REQUIRED = ThreadLocal.withInitial(LinkedHashSet::new);

    private final WebResourceAssembler assembler = () -> new RequiredResources() {
        @Override
        public RequiredResources requireWebResource(String moduleCompleteKey) {
            REQUIRED.get().add(moduleCompleteKey);
            return this;
        }
    };

    @Override public WebResourceAssembler assembler() { return assembler; }

    /** The resources required since the last call, which starts a fresh page. */
    public Set<String> drain() {
        Set<String> required = new LinkedHashSet<>(REQUIRED.get());
        REQUIRED.get().clear();
        return required;
    }
}
