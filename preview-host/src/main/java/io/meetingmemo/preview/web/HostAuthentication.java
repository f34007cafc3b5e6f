package io.meetingmemo.preview.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import io.meetingmemo.preview.store.HostUser;
import io.meetingmemo.preview.store.HostUsers;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who is calling: HTTP Basic credentials or the login form's session cookie (an HMAC-signed
 * username and expiry, so the host keeps no session state). Every request needs a login: APIs answer
 * 401 with a JSON reason, pages redirect to the login form. The user is set for the request thread
 * (AuthenticatedUserThreadLocal) and cleared afterwards.
 */
public final class HostAuthentication {
    public static final String COOKIE = "mm-preview-session";
    private static final long SESSION_SECONDS = 12 * 3600;

    private final HostUsers users;
    private final byte[] secret = new byte[32];

    public HostAuthentication(HostUsers users) {
        this.users = users;
        new SecureRandom().nextBytes(secret);
    }

    public HostUsers users() { return users; }

    public Optional<HostUser> authenticate(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(COOKIE);
        return authenticate(request.getHeaderString("Authorization"), cookie == null ? null : cookie.getValue());
    }

    /** From an Authorization header and the session cookie's value (either may be null). */
    public Optional<HostUser> authenticate(String header, String sessionCookie) {
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) return users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }
        return sessionCookie == null ? Optional.empty() : fromSession(sessionCookie);
    }

    public NewCookie sessionCookie(HostUser user) {
        long expires = System.currentTimeMillis() / 1000 + SESSION_SECONDS;
        String payload = user.username() + "|" + expires;
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + sign(payload);
        return new NewCookie.Builder(COOKIE).value(value).path("/").httpOnly(true).sameSite(NewCookie.SameSite.LAX).maxAge((int) SESSION_SECONDS).build();
    }

    public NewCookie expiredCookie() {
        return new NewCookie.Builder(COOKIE).value("").path("/").httpOnly(true).maxAge(0).build();
    }

    /** A per-user token for the host's own forms, so another site cannot post them. */
    public String formToken(HostUser user) { return sign("form|" + user.username()); }

    public boolean validFormToken(HostUser user, String token) {
        return token != null && MessageDigest.isEqual(formToken(user).getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<HostUser> fromSession(String value) {
        int dot = value.indexOf('.');
        if (dot < 0) return Optional.empty();
        try {
            String payload = new String(Base64.getUrlDecoder().decode(value.substring(0, dot)), StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.UTF_8), value.substring(dot + 1).getBytes(StandardCharsets.UTF_8))) {
                return Optional.empty();
            }
            int bar = payload.lastIndexOf('|');
            if (Long.parseLong(payload.substring(bar + 1)) < System.currentTimeMillis() / 1000) return Optional.empty();
            return users.byUsername(payload.substring(0, bar));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Requires a login for every request of one Jersey application and sets the request's user. */
    @Priority(Priorities.AUTHENTICATION)
    public static final class Filter implements ContainerRequestFilter, ContainerResponseFilter {
        private final HostAuthentication authentication;
        private final boolean htmlPages;

        /** @param htmlPages true for browser pages (redirect to the login form), false for APIs (401 JSON) */
        public Filter(HostAuthentication authentication, boolean htmlPages) {
            this.authentication = authentication;
            this.htmlPages = htmlPages;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            AuthenticatedUserThreadLocal.reset();
            String path = request.getUriInfo().getPath();
            if (htmlPages && (path.equals("login") || path.startsWith("download/"))) {
                authentication.authenticate(request).ifPresent(AuthenticatedUserThreadLocal::set);
                return;
            }
            Optional<HostUser> user = authentication.authenticate(request);
            if (user.isPresent()) {
                AuthenticatedUserThreadLocal.set(user.get());
                return;
            }
            if (htmlPages) {
                URI login = request.getUriInfo().getBaseUriBuilder().path("login")
                        .queryParam("next", "/" + request.getUriInfo().getPath()
                                + (request.getUriInfo().getRequestUri().getRawQuery() == null ? "" : "?" + request.getUriInfo().getRequestUri().getRawQuery()))
                        .build();
                request.abortWith(Response.seeOther(login).build());
            } else {
                request.abortWith(Response.status(401).header("WWW-Authenticate", "Basic realm=\"Meeting Memo preview\"")
                        .type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("status", 401, "message", "log in (HTTP Basic or the login form)")).build());
            }
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            AuthenticatedUserThreadLocal.reset();
        }
    }
}
