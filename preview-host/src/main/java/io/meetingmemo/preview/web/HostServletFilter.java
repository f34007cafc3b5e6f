package io.meetingmemo.preview.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import io.meetingmemo.preview.platform.HostWebResources;
import io.meetingmemo.preview.store.HostUser;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the app's servlets as Confluence would: the request's user is set (a login is required), and an
 * HTML answer that asks for a decorator ({@code <meta name="decorator" …>}) is wrapped in the host's
 * page chrome with the web-resources the servlet required, as Sitemesh does in Confluence.
 */
public final class HostServletFilter implements Filter {
    private final HostAuthentication authentication;
    private final HostWebResources webResources;
    private final HostPages pages;

    public HostServletFilter(HostAuthentication authentication, HostWebResources webResources, HostPages pages) {
        this.authentication = authentication;
        this.webResources = webResources;
        this.pages = pages;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String session = null;
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) if (c.getName().equals(HostAuthentication.COOKIE)) session = c.getValue();
        }
        Optional<HostUser> user = authentication.authenticate(request.getHeader("Authorization"), session);
        if (user.isEmpty()) {
            String next = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return;
        }
        AuthenticatedUserThreadLocal.set(user.get());
        webResources.drain();
        Buffered buffered = new Buffered(response);
        try {
            chain.doFilter(request, buffered);
        } finally {
            AuthenticatedUserThreadLocal.reset();
        }
        Set<String> required = webResources.drain();
        String body = buffered.text();
        if (buffered.isCommitted() || buffered.getStatus() >= 300 || !body.contains("<meta name=\"decorator\"")) {
            if (!buffered.isCommitted()) response.getWriter().write(body);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(pages.decorate(user.get(), between(body, "<title>", "</title>"), between(body, "<body>", "</body>"), required));
    }

    private static String between(String html, String open, String close) {
        int start = html.indexOf(open);
        int end = html.lastIndexOf(close);
        return start < 0 || end < start ? "" : html.substring(start + open.length(), end);
    }

    /** Keeps what the servlet writes, so it can be decorated before it is sent. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final CharArrayWriter buffer = new CharArrayWriter();
        private final PrintWriter writer = new PrintWriter(buffer);

        Buffered(HttpServletResponse response) { super(response); }

        @Override public PrintWriter getWriter() { return writer; }

        String text() { writer.flush(); return buffer.toString(); }
    }
}
