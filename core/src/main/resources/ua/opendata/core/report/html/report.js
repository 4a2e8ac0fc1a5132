/* ua-opendata HTML compliance report: sorting and filtering of the datasets table, open details
   for printing. Reads everything from the DOM; the page is fully readable without it. A large report's
   page holds the first page of its tables: the pager and the filter load the other rows from the data
   files beside the page (report-data/000.js, ...). */
(function () {
  'use strict';
  var loaded = {};
  var waiting = {};
  var arrived = function (key, data) {
    loaded[key] = data;
    var callbacks = waiting[key] || [];
    delete waiting[key];
    for (var i = 0; i !== callbacks.length; i++) {
      callbacks[i](data);
    }
  };
  /* The data files call these: opendataReport.page(kind, number, rows), opendataReport.index(part, texts). */
  window.opendataReport = {
    page: function (kind, n, rows) { arrived(kind + n, rows); },
    index: function (n, texts) { arrived('i' + n, texts); }
  };
  var pad = function (n) {
    var s = String(n);
    while (s.length < 3) {
      s = '0' + s;
    }
    return s;
  };
  /* Loads a data file with a script tag (allowed for file:// pages, where fetch is not). */
  var load = function (table, kind, n, done, failed) {
    var key = kind + n;
    if (loaded[key]) {
      done(loaded[key]);
      return;
    }
    if (waiting[key]) {
      waiting[key].push(done);
      return;
    }
    waiting[key] = [done];
    var name = kind === 'd' ? pad(n) : (kind === 'p' ? 'portal-' + pad(n) : 'index-' + pad(n));
    var script = document.createElement('script');
    script.src = table.getAttribute('data-src') + name + '.js';
    script.charset = 'utf-8';
    script.onerror = function () {
      delete waiting[key];
      failed();
    };
    document.head.appendChild(script);
  };
  /* Loads every file of the list, then calls done with their data in order. */
  var loadAll = function (table, kind, numbers, done, failed) {
    var results = [];
    var left = numbers.length;
    if (left === 0) {
      done(results);
      return;
    }
    numbers.forEach(function (n, i) {
      load(table, kind, n, function (data) {
        results[i] = data;
        left--;
        if (left === 0) {
          done(results);
        }
      }, failed);
    });
  };
  var pagedTable = function (table, pagerId, details) {
    var kind = table.getAttribute('data-kind');
    var size = Number(table.getAttribute('data-page-size'));
    var rowsInAll = Number(table.getAttribute('data-rows'));
    var body = table.tBodies[0];
    var pager = document.getElementById(pagerId);
    var state = { page: 0, matches: null };
    var prev = pager.querySelector('.prev');
    var next = pager.querySelector('.next');
    var where = pager.querySelector('.page-of');
    var error = pager.querySelector('.page-error');
    var count = function () {
      return state.matches === null ? rowsInAll : state.matches.length;
    };
    var pages = function () {
      return Math.max(1, Math.ceil(count() / size));
    };
    var label = function () {
      where.textContent = (where.getAttribute('data-template') || '{0} / {1}')
        .replace('{0}', String(state.page + 1)).replace('{1}', String(pages()));
      prev.disabled = state.page === 0;
      next.disabled = state.page + 1 >= pages();
    };
    var fail = function () {
      error.hidden = false;
    };
    var show = function (page) {
      state.page = Math.max(0, Math.min(page, pages() - 1));
      var positions = [];
      var first = state.page * size;
      for (var i = first; i < Math.min(first + size, count()); i++) {
        positions.push(state.matches === null ? i : state.matches[i]);
      }
      var files = [];
      positions.forEach(function (p) {
        var f = Math.floor(p / size);
        if (files.indexOf(f) === -1) {
          files.push(f);
        }
      });
      loadAll(table, kind, files, function (data) {
        var rows = [];
        var more = [];
        positions.forEach(function (p) {
          var row = data[files.indexOf(Math.floor(p / size))][p % size];
          rows.push(row[0]);
          if (row.length > 1) {
            more.push(row[1]);
          }
        });
        error.hidden = true;
        body.innerHTML = rows.join('');
        if (details) {
          details.innerHTML = more.join('');
        }
        label();
      }, fail);
    };
    prev.addEventListener('click', function () { show(state.page - 1); });
    next.addEventListener('click', function () { show(state.page + 1); });
    pager.hidden = false;
    label();
    return {
      show: show,
      fail: fail,
      filter: function (matches) {
        state.matches = matches;
        show(0);
      },
      rows: rowsInAll
    };
  };
  var table = document.getElementById('datasets-table');
  var pagedDatasets = null;
  if (table && table.getAttribute('data-pages') && table.tBodies.length) {
    pagedDatasets = pagedTable(table, 'datasets-pager', document.getElementById('findings-page'));
    var hash = /^#datasets-page-(\d+)$/.exec(window.location.hash);
    if (hash) {
      pagedDatasets.show(Number(hash[1]) - 1);
    }
    var fbox = document.getElementById('datasets-filter');
    var finput = document.getElementById('datasets-filter-input');
    var fcount = document.getElementById('datasets-filter-count');
    if (fbox && finput && fcount) {
      fbox.hidden = false;
      var ftemplate = fcount.getAttribute('data-template') || '{0} / {1}';
      var parts = [];
      for (var q = 0; q < Number(table.getAttribute('data-index-parts')); q++) {
        parts.push(q);
      }
      var timer = null;
      var search = function () {
        var query = finput.value.trim().toLowerCase();
        if (query === '') {
          fcount.textContent = ftemplate.replace('{0}', String(pagedDatasets.rows))
            .replace('{1}', String(pagedDatasets.rows));
          pagedDatasets.filter(null);
          return;
        }
        loadAll(table, 'i', parts, function (index) {
          var matches = [];
          var position = 0;
          index.forEach(function (texts) {
            for (var k = 0; k !== texts.length; k++, position++) {
              if (texts[k].indexOf(query) !== -1) {
                matches.push(position);
              }
            }
          });
          fcount.textContent = ftemplate.replace('{0}', String(matches.length))
            .replace('{1}', String(pagedDatasets.rows));
          pagedDatasets.filter(matches);
        }, pagedDatasets.fail);
      };
      finput.addEventListener('input', function () {
        if (timer !== null) {
          window.clearTimeout(timer);
        }
        timer = window.setTimeout(search, 200);
      });
    }
  }
  var portalTable = document.getElementById('portal-table');
  if (portalTable && portalTable.getAttribute('data-pages') && portalTable.tBodies.length) {
    pagedTable(portalTable, 'portal-pager', null);
  }
  if (table && !pagedDatasets && table.tHead && table.tBodies.length) {
    var body = table.tBodies[0];
    var heads = table.tHead.rows[0].cells;
    var collator = typeof Intl !== 'undefined' && Intl.Collator
      ? new Intl.Collator(document.documentElement.lang || undefined, { numeric: true, sensitivity: 'base' })
      : null;
    var keyOf = function (row, col) {
      var cell = row.cells[col];
      var key = cell.getAttribute('data-sort');
      return key === null ? cell.textContent.trim() : key;
    };
    var compareText = function (a, b) {
      return collator ? collator.compare(a, b) : (a === b ? 0 : (a > b ? 1 : -1));
    };
    var sortBy = function (col) {
      var th = heads[col];
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (var j = 0; j !== heads.length; j++) {
        heads[j].removeAttribute('aria-sort');
      }
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var numeric = th.getAttribute('data-type') === 'number';
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (x, y) {
        var a = keyOf(x, col), b = keyOf(y, col), r;
        if (numeric) {
          r = (parseFloat(a) || 0) - (parseFloat(b) || 0);
        } else {
          r = compareText(a, b);
        }
        if (r === 0) {
          return Number(x.getAttribute('data-index')) - Number(y.getAttribute('data-index'));
        }
        return ascending ? r : -r;
      });
      for (var k = 0; k !== rows.length; k++) {
        body.appendChild(rows[k]);
      }
    };
    Array.prototype.forEach.call(heads, function (th, col) {
      th.classList.add('sortable');
      th.tabIndex = 0;
      th.addEventListener('click', function () { sortBy(col); });
      th.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          sortBy(col);
        }
      });
    });
    var hint = document.getElementById('sort-hint');
    if (hint) {
      hint.hidden = false;
    }
    var box = document.getElementById('datasets-filter');
    var input = document.getElementById('datasets-filter-input');
    var count = document.getElementById('datasets-filter-count');
    if (box && input && count) {
      box.hidden = false;
      var template = count.getAttribute('data-template') || '{0} / {1}';
      var apply = function () {
        var query = input.value.trim().toLowerCase();
        var shown = 0;
        var rows = body.rows;
        for (var i = 0; i !== rows.length; i++) {
          var hit = query === '' || rows[i].textContent.toLowerCase().indexOf(query) !== -1;
          rows[i].hidden = !hit;
          if (hit) {
            shown++;
          }
        }
        count.textContent = template.replace('{0}', String(shown)).replace('{1}', String(rows.length));
      };
      input.addEventListener('input', apply);
      apply();
    }
  }
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) {
      d.open = true;
    });
  });
})();
