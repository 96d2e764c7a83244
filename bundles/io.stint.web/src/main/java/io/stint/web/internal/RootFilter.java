package io.stint.web.internal;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Answers {@code GET /} with the UI's page. The REST whiteboard's default application holds
 * {@code /*}, which an exact servlet pattern for the root does not beat in this container; every
 * other request passes through untouched.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterName("stint.web.root")
@HttpWhiteboardFilterPattern("/*")
public final class RootFilter implements Filter {

    private final WebServlet files;

    @Activate
    public RootFilter(@Reference WebServlet files) {
        this.files = files;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out
                && isRoot(http) && ("GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod()))) {
            files.serve("index.html", http, out);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the request is for the context root itself, {@code /}. */
    static boolean isRoot(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return "/".equals(uri) || "".equals(uri);
    }
}
