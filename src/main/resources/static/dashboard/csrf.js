/* Sends the page's CSRF token with every htmx request that changes something (the server refuses writes without it).
   Plain forms carry it as a hidden field already. */
(function () {
  'use strict';
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && event.detail.verb !== 'get') {
      event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
    }
  });
})();
