// The demo page's only script: a ticket ID per visit, then the Voce embed exactly as a site adds it.
(function () {
  var q = new URLSearchParams(location.search);
  var ticket = q.get('ticket') || 'T-' + (40000 + Math.floor(Math.random() * 9999));
  document.querySelectorAll('[data-ticket]').forEach(function (el) { el.textContent = ticket; });
  if (q.get('lang')) document.documentElement.lang = q.get('lang');
  var s = document.createElement('script');
  s.src = '/widget.js';
  s.async = true;
  s.dataset.site = 'demo';
  s.dataset.survey = 'support';
  s.dataset.ticket = ticket;
  s.dataset.agent = 'giulia';
  s.dataset.channel = 'chat';
  if (q.get('mode') !== 'popup') {
    s.dataset.mode = 'inline';
    s.dataset.target = '#feedback';
  }
  if (q.get('theme')) s.dataset.theme = q.get('theme');
  document.head.appendChild(s);
})();
