package io.meetingmemo.register;

import io.meetingmemo.actionitem.app.ActionItems;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.meetingmemo.memo.macro.MacroRendering;
import io.meetingmemo.platform.Readers;
import java.util.Map;

/**
 * The {@code action-register} macro: every action item matching its settings, across pages and spaces.
 * On screen it renders a light shell whose rows the browser loads from the REST API page by page, so a
 * register over thousands of items never slows the page; in exports and email it renders every matching
 * row on the server instead, up to a limit, past which it says how many there are and links to its page.
 */
public final class RegisterMacro implements Macro {
    private final RegisterRendering rendering;
    private final ApplicationProperties applicationProperties;

    public RegisterMacro(MacroRendering macroRendering, ActionItems actionItems, Readers readers,
                         ApplicationProperties applicationProperties) {
        this.rendering = new RegisterRendering(macroRendering, actionItems, readers);
        this.applicationProperties = applicationProperties;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        ContentEntityObject page = context == null ? null : context.getEntity();
        String pageUrl = page == null ? null : applicationProperties.getBaseUrl(UrlMode.CANONICAL) + page.getUrlPath();
        return rendering.render(RegisterSettings.fromMacroParameters(parameters), MacroRendering.isInteractive(context), null, pageUrl);
    }

    @Override public BodyType getBodyType() { return BodyType.NONE; }

    @Override public OutputType getOutputType() { return OutputType.BLOCK; }
}
