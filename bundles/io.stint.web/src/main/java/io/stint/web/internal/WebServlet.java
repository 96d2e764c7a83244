package io.stint.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves the browser UI: the page itself at {@code /} and its files under {@code /ui/}. The page is
 * static; everything it shows comes from the public REST API, with the browser's session cookie.
 * Exact and longer prefix patterns win over the REST whiteboard's {@code /*}; {@code /} itself is
 * answered by {@link RootFilter}.
 */
@Component(service = { Servlet.class, WebServlet.class })
@HttpWhiteboardServletName("stint.web")
@HttpWhiteboardServletPattern({ "/index.html", "/ui/*" })
public final class WebServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Scripts, styles and connections from this origin only; no framing, no inline code. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final transient WebAssets assets;
    private final String etagBase;

    @Activate
    public WebServlet(BundleContext context) {
        Bundle bundle = context.getBundle();
        this.assets = new WebAssets(path -> bundle.getEntry(path));
        // The files change only with the bundle: its install/update time tells a browser's copy apart.
        this.etagBase = Long.toString(bundle.getLastModified(), 36);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(relativePath(request), request, response);
    }

    /** Answers with the file at that relative path, or 404. */
    void serve(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<WebAssets.Asset> asset = assets.find(path);
        headers(response);
        if (asset.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().write("Not found\n");
            return;
        }
        String etag = "\"" + etagBase + "-" + Integer.toString(asset.get().path().hashCode(), 36) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(asset.get().contentType());
        try (InputStream in = asset.get().url().openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    /** {@code /index.html} is the page; {@code /ui/x} is the file {@code x}. */
    static String relativePath(HttpServletRequest request) {
        if ("/index.html".equals(request.getServletPath())) {
            return "index.html";
        }
        String pathInfo = request.getPathInfo();
        return pathInfo == null || pathInfo.length() < 2 ? null : pathInfo.substring(1);
    }

    private static void headers(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
