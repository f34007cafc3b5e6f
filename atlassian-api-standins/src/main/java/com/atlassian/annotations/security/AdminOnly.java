package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for atlassian-annotations' {@code AdminOnly}: the access level of the Platform 7+ products for servlets,
 * actions and REST resources that only administrators reach.
 * <p>Source: the same package and family as {@link LicensedOnly} (developer.atlassian.com "Preparing for secure
 * endpoints" lists {@code @UnrestrictedAccess}, {@code @AnonymousSiteAccess}, {@code @UnlicensedSiteAccess},
 * {@code @LicensedOnly}, {@code @AdminOnly} and {@code @SystemAdminOnly}; fidelity-10.2.md §2.6, §4.4).
 * {@code @Target} is assumed to be TYPE and METHOD, as for {@link LicensedOnly}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
public @interface AdminOnly {
}
