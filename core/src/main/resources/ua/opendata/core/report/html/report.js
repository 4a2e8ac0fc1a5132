/* ua-opendata HTML compliance report: sorting and filtering of the datasets table, open details
   for printing. Reads everything from the DOM; the page is fully readable without it. */
(function () {
  'use strict';
  var table = document.getElementById('datasets-table');
  if (table && table.tHead && table.tBodies.length) {
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
