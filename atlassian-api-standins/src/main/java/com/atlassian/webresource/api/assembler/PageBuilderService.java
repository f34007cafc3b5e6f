package com.atlassian.webresource.api.assembler;

/**
 * Stand-in for the per-request web-resource assembler: a macro requires its CSS/JS here so that they
 * load only on pages that render it.
 * <p>Signature source: atlassian-webresource-api 6.1.1 in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5).
 */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
