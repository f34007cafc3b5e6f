package io.meetingmemo.preview.web;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import io.meetingmemo.preview.store.HostUser;
import io.meetingmemo.preview.store.HostUsers;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.AnnotatedElement;

/**
 * What Confluence's REST v2 module does with its access annotations: a resource (class or method)
 * marked {@code @AdminOnly} or {@code @SystemAdminOnly} answers 403 to everyone but administrators.
 * (Every call already needs a login in the preview host.)
 */
@Priority(Priorities.AUTHORIZATION)
public final class RestAccessAnnotations implements ContainerRequestFilter {
    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource == null || resource.getResourceMethod() == null) return;
        if (!adminOnly(resource.getResourceMethod()) && !adminOnly(resource.getResourceClass())) return;
        HostUser user = HostUsers.current();
        if (user == null || !user.administrator()) {
            request.abortWith(JsonErrors.json(403, "administrators only"));
        }
    }

    private static boolean adminOnly(AnnotatedElement element) {
        return element.isAnnotationPresent(AdminOnly.class) || element.isAnnotationPresent(SystemAdminOnly.class);
    }
}
