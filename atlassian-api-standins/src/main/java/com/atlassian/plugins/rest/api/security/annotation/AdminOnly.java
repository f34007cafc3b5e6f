package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for the REST v2 access annotation {@code AdminOnly}.
 * <p>Source: package and name from deftdevs/bootstrapi (commit 4c9d6271, Confluence 10.2, atlassian-rest-v2-api);
 * meaning from developer.atlassian.com "Preparing for secure endpoints". {@code @Target} is not published;
 * TYPE and METHOD are assumed (confluence-platform.md §2.12).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
public @interface AdminOnly {
}
