// Swagger UI over this server's own copy of the contract; "Try it out" calls this server.
'use strict';
window.addEventListener('load', () => {
  window.ui = SwaggerUIBundle({ url: '/openapi.yaml', dom_id: '#swagger-ui', deepLinking: true, validatorUrl: null });
});
