// Starts Swagger UI on the document named by the page (data-spec), with Stint's settings.
window.addEventListener('load', function () {
  var root = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({
    url: root.getAttribute('data-spec'),
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'BaseLayout',
    docExpansion: 'list',
    filter: true,
    displayRequestDuration: true,
    persistAuthorization: true,
    defaultModelsExpandDepth: -1
  });
});
