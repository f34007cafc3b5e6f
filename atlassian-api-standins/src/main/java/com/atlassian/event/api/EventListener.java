package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in: marks a one-argument public method as a listener for events of its parameter type.
 * <p>Signature source: atlassian-event 5.0.2 in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files,
 * commit e0c88ec5); Meeting Memo uses no annotation members.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {
}
