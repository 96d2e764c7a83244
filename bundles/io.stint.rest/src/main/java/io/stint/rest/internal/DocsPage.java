package io.stint.rest.internal;

/** The HTML of {@code /api/docs}: Swagger UI from Stint's own files, pointed at Stint's document. */
final class DocsPage {

    private static final String TEMPLATE = """
            <!DOCTYPE html>
            <html lang="en">
              <head>
                <meta charset="UTF-8">
                <title>Stint REST API</title>
                <link rel="stylesheet" type="text/css" href="{docs}swagger-ui.css">
                <link rel="stylesheet" type="text/css" href="{docs}stint-docs.css">
                <link rel="icon" type="image/png" href="{docs}favicon-32x32.png" sizes="32x32">
                <link rel="icon" type="image/png" href="{docs}favicon-16x16.png" sizes="16x16">
              </head>
              <body>
                <div id="swagger-ui" data-spec="{spec}"></div>
                <script src="{docs}swagger-ui-bundle.js" charset="UTF-8"></script>
                <script src="{docs}stint-docs.js" charset="UTF-8"></script>
              </body>
            </html>
            """;

    private DocsPage() {
    }

    /**
     * @param base the path the page's application is served at, e.g. {@code /}; links are absolute
     *        so that {@code /api/docs} and {@code /api/docs/} both find the files
     */
    static String html(String base) {
        String root = base == null || base.isEmpty() ? "/" : base.endsWith("/") ? base : base + "/";
        String safe = root.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
        return TEMPLATE.replace("{docs}", safe + "api/docs/").replace("{spec}", safe + "api/openapi.json");
    }
}
