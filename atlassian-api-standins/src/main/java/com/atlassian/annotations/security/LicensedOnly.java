package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for atlassian-annotations' {@code LicensedOnly}: the secure-by-default access level of the
 * Platform 7+ products for servlets, actions and REST resources (only users with a product licence).
 * <p>Source: package used on servlets by the ONLYOFFICE connector on Confluence 10.x
 * ({@code com.atlassian.annotations.security.AnonymousSiteAccess}); {@code LicensedOnly} in the same
 * package imported by a Jira Data Center app (TestPlanIt jira-dc-plugin, {@code rest/PanelResource.java});
 * meaning from developer.atlassian.com "Preparing for secure endpoints" (fidelity-10.2.md §2.6, §4.4).
 * {@code @Target} is assumed to be TYPE and METHOD, as for the REST v1 annotations in atlassian-rest 7.1.9.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
public @interface LicensedOnly {
}
