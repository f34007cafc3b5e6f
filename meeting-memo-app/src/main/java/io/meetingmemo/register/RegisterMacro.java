package io.meetingmemo.register;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import io.meetingmemo.memo.macro.MacroRendering;
import io.meetingmemo.platform.MeetingMemoServices;
import java.util.Map;

/**
 * The {@code action-register} macro: every action item matching its settings, across pages and spaces.
 * On screen it renders a light shell whose rows the browser loads from the REST API page by page, so a
 * register over thousands of items never slows the page; in exports and email it renders its first page
 * of rows on the server instead.
 */
public final class RegisterMacro implements Macro {
    private final RegisterRendering rendering;

    public RegisterMacro(MacroRendering macroRendering, MeetingMemoServices services) {
        this.rendering = new RegisterRendering(macroRendering, services);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        return rendering.render(RegisterSettings.fromMacroParameters(parameters), MacroRendering.isInteractive(context), null);
    }

    @Override public BodyType getBodyType() { return BodyType.NONE; }

    @Override public OutputType getOutputType() { return OutputType.BLOCK; }
}
