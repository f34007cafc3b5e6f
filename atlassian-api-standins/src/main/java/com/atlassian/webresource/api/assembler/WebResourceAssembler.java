package com.atlassian.webresource.api.assembler;

/**
 * Stand-in.
 * <p>Signature source: atlassian-webresource-api 6.1.1 in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5).
 */
public interface WebResourceAssembler {
    RequiredResources resources();
}
