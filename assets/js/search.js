// Search on the search page (layouts/search.html). Without this script
// the page shows a note that search needs JavaScript and keeps its links
// to browse the directory. With it, the form appears. A query is split into
// terms as internal/search splits the index (<lang>/search/index.js,
// loaded before this script), and the results are the entries that
// contain every term, those with the terms in their title first.
// Results are built with createElement and textContent only.
//
// The query is never written into the address bar or the history, where
// someone else using the phone could read it; a link may still pass one
// as ?q=. Plain ES5 except String.prototype.normalize, for old browsers
// on cheap phones: a browser without normalize matches Vietnamese only
// as typed, with the same diacritics.
(function (root) {
  "use strict";

  // fold, classOf and tokens repeat Fold, classOf and Tokens of
  // internal/search/tokens.go rule for rule. A Go test runs both on
  // internal/search/testdata/tokens.json, so change them together.

  function fold(s) {
    if (s.normalize) {
      s = s.normalize("NFD");
    }
    return s
      .toLowerCase()
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/\u0111/g, "d")
      .replace(/\u03c2/g, "\u03c3");
  }

  var SEPARATOR = 0;
  var WORD = 1;
  var THAI = 2;

  // Code units from U+00C0 up that end a word. Surrogates are among
  // them, so that a character above U+FFFF is a separator, as in Go.
  var separatorRanges = [
    [0x00d7, 0x00d7],
    [0x00f7, 0x00f7],
    [0x2000, 0x2bff],
    [0x3000, 0x303f],
    [0xd800, 0xdfff],
    [0xfe00, 0xfe0f],
    [0xfeff, 0xfeff],
    [0xfff0, 0xffff]
  ];

  function classOf(c) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      return WORD;
    }
    if (c < 0xc0) {
      return SEPARATOR;
    }
    if (c >= 0x0e00 && c <= 0x0e7f) {
      return thaiClass(c);
    }
    for (var i = 0; i < separatorRanges.length; i++) {
      if (c >= separatorRanges[i][0] && c <= separatorRanges[i][1]) {
        return SEPARATOR;
      }
    }
    return WORD;
  }

  function thaiClass(c) {
    if ((c >= 0x0e01 && c <= 0x0e2e) || (c >= 0x0e30 && c <= 0x0e3a) ||
        (c >= 0x0e40 && c <= 0x0e45) || (c >= 0x0e47 && c <= 0x0e4e)) {
      return THAI;
    }
    if (c >= 0x0e50 && c <= 0x0e59) {
      return WORD;
    }
    return SEPARATOR;
  }

  // tokens returns the distinct terms of s in order: each run of word
  // characters, and the overlapping pairs of characters of each run of
  // Thai characters (the one character of a run of one).
  function tokens(s) {
    var text = fold(s);
    var out = [];
    var seen = Object.create(null);
    function add(term) {
      if (!seen[term]) {
        seen[term] = true;
        out.push(term);
      }
    }
    var start = 0;
    while (start < text.length) {
      var c = classOf(text.charCodeAt(start));
      var end = start + 1;
      while (end < text.length && classOf(text.charCodeAt(end)) === c) {
        end++;
      }
      if (c === WORD || (c === THAI && end - start === 1)) {
        add(text.slice(start, end));
      } else if (c === THAI) {
        for (var i = start; i + 1 < end; i++) {
          add(text.slice(i, i + 2));
        }
      }
      start = end;
    }
    return out;
  }

  // Without a document, as in the Go test that runs this file in node,
  // only the tokeniser is needed.
  if (!root.document) {
    root.searchTokens = tokens;
    return;
  }

  var index = root.panduanSearch;
  var form = document.querySelector("[data-search-form]");
  var noScript = document.querySelector("[data-search-no-script]");
  var status = document.querySelector("[data-search-status]");
  var list = document.querySelector("[data-search-results]");
  if (!index || !form || !status || !list) {
    return;
  }
  var input = form.querySelector("input[name=q]");
  var rootPath = form.getAttribute("data-root") || "";
  var folderURLs = form.getAttribute("data-link-style") === "folder";

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  // search returns the positions in index.entries of the entries that
  // contain every term of query, best first, or null for a query
  // without terms.
  function search(query) {
    var terms = tokens(query);
    if (!terms.length) {
      return null;
    }

    var count = Object.create(null);
    var found = [];
    for (var i = 0; i < terms.length; i++) {
      var positions = has(index.terms, terms[i]) ? index.terms[terms[i]] : [];
      for (var j = 0; j < positions.length; j++) {
        var p = positions[j];
        count[p] = (count[p] || 0) + 1;
        if (count[p] === terms.length) {
          found.push(p);
        }
      }
    }

    // An entry scores one point for each term in its title, and as many
    // again when the title has the terms in the query's order, so that
    // "dong hanh" puts "Đồng Hành" before titles with "cộng đồng".
    var phrase = " " + terms.join(" ") + " ";
    var score = Object.create(null);
    for (var k = 0; k < found.length; k++) {
      var titleTerms = tokens(index.entries[found[k]].title);
      var inTitle = terms.filter(function (t) {
        return titleTerms.indexOf(t) >= 0;
      }).length;
      var inOrder = (" " + titleTerms.join(" ") + " ").indexOf(phrase) >= 0;
      score[found[k]] = inTitle + (inOrder ? terms.length : 0);
    }

    return found.sort(function (a, b) {
      return score[b] - score[a] || a - b;
    });
  }

  // href returns the link to an entry's URL from this page.
  function href(url) {
    if (folderURLs) {
      url = url.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "/");
    }
    return rootPath + url;
  }

  function message(n) {
    if (n === 0) {
      return status.getAttribute("data-count-none");
    }
    if (n === 1) {
      return status.getAttribute("data-count-one");
    }
    return status.getAttribute("data-count-other").replace("{count}", String(n));
  }

  // shownQuery is the query whose results the list shows. Showing the
  // same query again would rebuild the links under the reader's finger
  // or keyboard focus.
  var shownQuery = null;

  function show(query) {
    if (query === shownQuery) {
      return;
    }
    shownQuery = query;
    var results = search(query);
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    list.hidden = !results || results.length === 0;
    if (results === null) {
      status.textContent = "";
      return;
    }
    for (var i = 0; i < results.length; i++) {
      var entry = index.entries[results[i]];
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.setAttribute("href", href(entry.url));
      link.textContent = entry.title;
      var text = document.createElement("span");
      text.className = "link-desc";
      text.textContent = list.getAttribute("data-kind-" + entry.kind) +
        (entry.text ? " · " + entry.text : "");
      item.appendChild(link);
      item.appendChild(text);
      list.appendChild(item);
    }
    status.textContent = message(results.length);
  }

  var timer;
  form.addEventListener("submit", function (event) {
    // The page's Content-Security-Policy (form-action 'none') blocks a
    // real submission, and the query stays out of the history.
    event.preventDefault();
    clearTimeout(timer);
    show(input.value);
  });

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      show(input.value);
    }, 300);
  });

  var passed = /[?&]q=([^&#]*)/.exec(location.search);
  if (passed) {
    try {
      input.value = decodeURIComponent(passed[1].replace(/\+/g, " "));
    } catch (e) {
      // A malformed escape in the address: start with an empty form.
    }
  }
  if (noScript) {
    noScript.hidden = true;
  }
  form.hidden = false;
  if (input.value) {
    show(input.value);
  }
})(this);
