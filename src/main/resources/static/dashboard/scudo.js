// Scudo Customer 360: charts from data-chart attributes, today's live counters, the streaming assistant.
(function () {
  'use strict';

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (attrs[k] === null || attrs[k] === undefined) return;
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'class') node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  // Figures as the server writes them: the workspace's reporting currency, locale and time zone come from the
  // body's data attributes (whole currency units; the currency's minor units only under 10).
  var body = document.body || document.documentElement;
  var locale = body.getAttribute('data-locale') || 'en-US';
  var currency = body.getAttribute('data-currency') || 'USD';
  var timeZone = body.getAttribute('data-time-zone') || 'UTC';
  var whole = new Intl.NumberFormat(locale, {style: 'currency', currency: currency, minimumFractionDigits: 0, maximumFractionDigits: 0});
  var cents = new Intl.NumberFormat(locale, {style: 'currency', currency: currency});
  var integer = new Intl.NumberFormat(locale, {maximumFractionDigits: 0});
  var share = new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 0});
  var day = new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeZone: 'UTC'});
  var moment = new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeStyle: 'short', timeZone: timeZone});
  function fmtMoney(v) {
    if (v === null || v === undefined) return '—';
    var n = Number(v);
    return (n !== 0 && Math.abs(n) < 10 ? cents : whole).format(n);
  }
  function fmtNumber(v) { return v === null || v === undefined ? '—' : integer.format(Number(v)); }
  function fmtPercent(v) { return v === null || v === undefined ? '—' : share.format(Number(v)); }
  // "2026-12-06" is a calendar date (no zone); "2026-12-06T10:00:00Z" a moment, shown on the shop's clock.
  function fmtDate(v) {
    if (!v) return null;
    return String(v).length <= 10 ? day.format(new Date(v + 'T00:00:00Z')) : moment.format(new Date(v));
  }
  // The stage speaks first (as on the server's pages): Dormant is a win-back case, At-Risk is worth saving.
  function risk(v, stage) {
    if (stage === 'Dormant') return ['high', 'Dormant · win back'];
    if (stage === 'At-Risk') return ['medium', 'At risk'];
    if (v === null || v === undefined) return ['unknown', 'Not scored yet'];
    v = Number(v);
    return v >= 0.5 ? ['high', 'High churn risk'] : v >= 0.25 ? ['medium', 'Watch'] : ['low', 'Healthy'];
  }
  function riskBadge(v, stage) {
    var r = risk(v, stage);
    return el('span', {'class': 'risk ' + r[0], text: fmtPercent(v) + ' · ' + r[1]});
  }
  function workspace() { return document.body.getAttribute('data-workspace') || ''; }
  function withWorkspace(url) {
    var ws = workspace();
    return ws ? url + (url.indexOf('?') < 0 ? '?' : '&') + 'workspace=' + encodeURIComponent(ws) : url;
  }
  function customerLink(id, name) {
    return el('a', {href: withWorkspace('/customers/' + encodeURIComponent(id)), text: name});
  }

  // ---- charts ----
  var charts = [];
  function drawCharts(root) {
    if (!window.echarts) return;
    (root || document).querySelectorAll('[data-chart]').forEach(function (node) {
      if (node.getAttribute('data-drawn')) return;
      try {
        var chart = window.echarts.init(node, null, {renderer: 'svg'});
        chart.setOption(JSON.parse(node.getAttribute('data-chart')));
        node.setAttribute('data-drawn', 'true');
        charts.push(chart);
      } catch (e) {
        node.textContent = 'This chart could not be drawn.';
      }
    });
  }
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  document.addEventListener('htmx:afterSettle', function (e) { drawCharts(e.target); });

  // ---- today's live counters ----
  function liveCounters() {
    var box = document.querySelector('[data-live-url]');
    if (!box || !window.EventSource) return;
    var source = new EventSource(box.getAttribute('data-live-url'));
    source.addEventListener('today', function (e) {
      var d = JSON.parse(e.data);
      document.getElementById('today-orders').textContent = fmtNumber(d.orders);
      document.getElementById('today-revenue').textContent = fmtMoney(d.revenue);
      document.getElementById('today-interactions').textContent = fmtNumber(d.interactions);
      box.setAttribute('data-updates', String(Number(box.getAttribute('data-updates') || '0') + 1));
      box.classList.add('flash');
      setTimeout(function () { box.classList.remove('flash'); }, 1200);
    });
  }

  // ---- assistant ----
  function customersTable(rows) {
    var body = rows.map(function (r) {
      return el('tr', {}, [el('td', {}, [customerLink(r.customerId, r.name)]), el('td', {text: r.lifecycle || '—'}),
        el('td', {text: fmtNumber(r.orders)}), el('td', {text: fmtMoney(r.totalSpent)}), el('td', {}, [riskBadge(r.churn, r.lifecycle)]),
        el('td', {text: fmtMoney(r.clv)})]);
    });
    var head = el('tr', {}, ['Customer', 'Stage', 'Orders', 'Spent', 'Churn risk', 'Predicted value'].map(function (h) {
      return el('th', {scope: 'col', text: h});
    }));
    return el('div', {'class': 'table-wrap'}, [el('table', {'class': 'table'}, [el('thead', {}, [head]), el('tbody', {}, body)])]);
  }

  function facts(pairs) {
    var dl = el('dl', {'class': 'facts'});
    pairs.forEach(function (p) {
      if (p[1] === null || p[1] === undefined) return;
      dl.appendChild(el('dt', {text: p[0]}));
      dl.appendChild(el('dd', {text: String(p[1])}));
    });
    return dl;
  }

  function actionList(items) {
    return el('ul', {'class': 'actions'}, items.map(function (a) {
      return el('li', {'class': 'action'}, [el('div', {}, [el('strong', {text: (a.customerName ? a.customerName + ': ' : '') + a.title}),
        el('p', {'class': 'muted', text: a.reason || ''}),
        a.expectedValue !== null && a.expectedValue !== undefined ? el('p', {'class': 'small', text: 'Worth about ' + fmtMoney(a.expectedValue)}) : null])]);
    }));
  }

  var renderers = {
    profile: function (c) {
      var reasons = el('ul', {}, Object.keys(c.reasons || {}).map(function (k) { return el('li', {text: c.reasons[k]}); }));
      return [el('h3', {text: c.name}), el('p', {}, [el('span', {'class': 'badge', text: c.lifecycle || 'Not scored'}), ' ',
        riskBadge(c.churn, c.lifecycle)]),
        facts([['E-mail', c.email], ['Company', c.company], ['City', c.city], ['Main segment', c.primarySegmentName],
          ['Orders', fmtNumber(c.orders)], ['Spent', fmtMoney(c.totalSpent)], ['Average order', fmtMoney(c.aov)],
          ['RFM', c.rfm ? c.rfm + ' (' + c.rfmGroup + ')' : null], ['Churn risk', fmtPercent(c.churn)],
          ['Predicted value', fmtMoney(c.clv)], ['Next order', fmtDate(c.nextOrderDate)]]),
        reasons, c.recommendations && c.recommendations.length ? actionList(c.recommendations) : null,
        el('p', {}, [el('a', {href: withWorkspace('/customers/' + encodeURIComponent(c.customerId)), text: 'Open the full Customer 360 page →'})])];
    },
    customers: function (c) {
      return [el('p', {'class': 'muted', text: fmtNumber(c.total) + (c.total === 1 ? ' customer' : ' customers') +
          (c.customers.length < c.total ? ', showing the first ' + c.customers.length : '')}), customersTable(c.customers)];
    },
    segment: function (c) {
      return [el('p', {text: c.description || ''}), facts([['Customers', fmtNumber(c.customers)], ['Total spent', fmtMoney(c.totalValue)],
        ['Average spent', fmtMoney(c.averageValue)], ['Average churn risk', fmtPercent(c.averageChurn)],
        ['Average predicted value', fmtMoney(c.averageClv)]]),
        c.topMembers.length ? el('h4', {text: 'Most valuable members'}) : null, c.topMembers.length ? customersTable(c.topMembers) : null];
    },
    segments: function (c) {
      var head = el('tr', {}, ['Segment', 'Customers', 'Total spent', 'Average churn', 'Average predicted value'].map(function (h) {
        return el('th', {scope: 'col', text: h});
      }));
      var rows = c.segments.map(function (s) {
        return el('tr', {}, [el('td', {text: s.name}), el('td', {text: fmtNumber(s.customers)}), el('td', {text: fmtMoney(s.totalValue)}),
          el('td', {text: fmtPercent(s.averageChurn)}), el('td', {text: fmtMoney(s.averageClv)})]);
      });
      return [el('div', {'class': 'table-wrap'}, [el('table', {'class': 'table'}, [el('thead', {}, [head]), el('tbody', {}, rows)])])];
    },
    moves: function (c) {
      var head = el('tr', {}, ['Main segment', fmtDate(c.from), fmtDate(c.to), 'Change'].map(function (h) {
        return el('th', {scope: 'col', text: h});
      }));
      var rows = c.segments.map(function (s) {
        var change = s.customersAfter - s.customersBefore;
        return el('tr', {}, [el('td', {text: s.name}), el('td', {text: fmtNumber(s.customersBefore)}),
          el('td', {text: fmtNumber(s.customersAfter)}), el('td', {text: (change > 0 ? '+' : change < 0 ? '−' : '±') + fmtNumber(Math.abs(change))})]);
      });
      var moves = el('ul', {}, c.moves.map(function (m) {
        return el('li', {text: fmtNumber(m.customers) + ' moved from ' + m.fromName + ' to ' + m.toName + ' (' + fmtMoney(m.value) + ')'});
      }));
      return [el('div', {'class': 'table-wrap'}, [el('table', {'class': 'table'}, [el('thead', {}, [head]), el('tbody', {}, rows)])]),
        c.moves.length ? el('h4', {text: 'Biggest moves'}) : null, c.moves.length ? moves : null];
    },
    actions: function (c) { return [actionList(c.actions)]; },
    choices: function (c) {
      return [el('div', {'class': 'examples'}, c.choices.map(function (ch) {
        return el('button', {type: 'button', 'class': 'chip', 'data-ask': ch.ask, text: ch.name + (ch.city ? ' (' + ch.city + ')' : '')});
      }))];
    },
    examples: function (c) {
      return [el('div', {'class': 'examples'}, c.examples.map(function (q) {
        return el('button', {type: 'button', 'class': 'chip', 'data-ask': q, text: q});
      }))];
    }
  };

  function renderCard(card) {
    var render = renderers[card.type];
    var body = render ? render(card) : [el('p', {text: 'This part of the answer cannot be shown here.'})];
    return el('section', {'class': 'card answer-card', 'data-card': card.type}, [el('h3', {text: card.title})].concat(body));
  }

  function renderQuery(query) {
    var box = document.getElementById('save-template');
    var row = el('div', {'class': 'query'}, [el('span', {'class': 'muted', text: 'Customers selected with:'}),
      el('code', {'class': 'query-text', text: query}),
      el('a', {'class': 'chip edit-query', href: withWorkspace('/customers?filter=' + encodeURIComponent(query)), text: 'Edit'})]);
    if (box) {
      var form = box.content.firstElementChild.cloneNode(true);
      form.querySelector('input[name=rule]').value = query;
      row.appendChild(form);
    }
    return row;
  }

  function ask(question) {
    var chat = document.getElementById('chat');
    chat.appendChild(el('div', {'class': 'bubble question', text: question}));
    var insight = el('p', {'class': 'insight'});
    var status = el('p', {'class': 'muted loading', role: 'status', text: 'Looking through your customers…'});
    var cards = el('div', {'class': 'cards'});
    var answer = el('div', {'class': 'bubble answer', 'aria-live': 'polite'}, [status, insight, cards]);
    chat.appendChild(answer);
    answer.scrollIntoView({block: 'nearest'});
    var url = withWorkspace('/api/v1/assistant/stream?q=' + encodeURIComponent(question));
    var source = new EventSource(url);
    var finished = false;
    // The server sends the sentence first and each card as soon as it is computed: each is shown as it arrives
    // (data-sequence records the order, for the page's tests).
    function trace(what) {
      var seq = answer.getAttribute('data-sequence');
      answer.setAttribute('data-sequence', seq ? seq + ',' + what : what);
    }
    // A language model's sentence comes in pieces as it is written; "replace" means the rules answered instead.
    source.addEventListener('insight', function (e) {
      var piece = JSON.parse(e.data);
      if (!insight.textContent) trace('insight');
      insight.textContent = piece.replace ? piece.text : insight.textContent + piece.text;
      status.textContent = 'Gathering the details…';
    });
    source.addEventListener('card', function (e) {
      var card = JSON.parse(e.data);
      cards.appendChild(renderCard(card));
      trace('card');
    });
    source.addEventListener('query', function (e) {
      var q = JSON.parse(e.data).query;
      if (q) { answer.appendChild(renderQuery(q)); trace('query'); }
    });
    source.addEventListener('done', function () {
      finished = true;
      source.close();
      status.remove();
      trace('done');
      answer.setAttribute('data-done', 'true');
    });
    source.addEventListener('error', function (e) {
      if (finished) return;
      finished = true;
      source.close();
      var detail = e.data ? JSON.parse(e.data).detail : null;
      status.textContent = (detail || 'The answer could not be loaded') + '. Please try again in a moment.';
      status.className = 'alert';
      answer.setAttribute('data-done', 'error');
    });
  }

  function assistant() {
    var form = document.getElementById('ask-form');
    if (!form) return;
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var input = document.getElementById('question');
      var q = input.value.trim();
      if (!q) { input.focus(); return; }
      input.value = '';
      ask(q);
    });
    document.addEventListener('click', function (e) {
      var button = e.target.closest('[data-ask]');
      if (button) { ask(button.getAttribute('data-ask')); }
    });
    var initial = form.getAttribute('data-initial');
    if (initial) ask(initial);
  }

  // ---- import page ----
  // A finished import says so to screen readers once, through a live region that stays on the page.
  document.addEventListener('htmx:afterSettle', function (e) {
    var done = e.target.querySelector ? e.target.querySelector('[data-announce]') : null;
    var box = document.getElementById('import-announce');
    if (done && box) box.textContent = done.getAttribute('data-announce');
  });
  function importForm() {
    var form = document.getElementById('import-form');
    if (!form) return;
    var zone = document.getElementById('time-zone');
    if (zone && zone.getAttribute('data-guess') === 'true' && window.Intl) {
      var guess = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (guess && zone.querySelector('option[value="' + guess + '"]')) zone.value = guess;
    }
    form.addEventListener('submit', function () {
      var button = form.querySelector('button[type=submit]');
      form.setAttribute('aria-busy', 'true');
      if (button) {
        button.disabled = true;
        button.textContent = form.getAttribute('data-busy-text') || 'Sending…';
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    drawCharts(document);
    liveCounters();
    assistant();
    importForm();
  });
})();
