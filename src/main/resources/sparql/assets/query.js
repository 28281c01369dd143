/* The query page: examples, highlighting, running a query, the results table with pages, download links. */
(function () {
  "use strict";
  var PAGE = 50;
  var RESULT_FORMATS = [["json", "JSON"], ["xml", "XML"], ["csv", "CSV"], ["tsv", "TSV"]];
  var GRAPH_FORMATS = [["ttl", "Turtle"], ["rdf", "RDF/XML"], ["jsonld", "JSON-LD"], ["nt", "N-Triples"]];
  var form = document.getElementById("formulaire");
  var editor = document.getElementById("editeur");
  var colours = document.getElementById("coloration");
  var format = document.getElementById("format");
  var status = document.getElementById("etat");
  var table = document.getElementById("tableau");
  var downloads = document.getElementById("telechargements");
  var paging = document.getElementById("pagination");
  var state = { vars: [], rows: [], page: 0 };
  var escaped = false;

  document.documentElement.classList.add("js");

  var tableOption = document.createElement("option");
  tableOption.value = "";
  tableOption.textContent = "Tableau sur cette page";
  format.insertBefore(tableOption, format.firstChild);
  format.value = "";

  function paint() {
    colours.innerHTML = window.sparqlHighlight(editor.value);
    colours.scrollTop = editor.scrollTop;
  }
  editor.addEventListener("input", paint);
  editor.addEventListener("scroll", function () { colours.scrollTop = editor.scrollTop; });
  editor.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { escaped = true; return; }
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    } else if (event.key === "Tab" && !event.shiftKey && !escaped) {
      event.preventDefault();
      editor.setRangeText("  ", editor.selectionStart, editor.selectionEnd, "end");
      paint();
    }
    escaped = false;
  });
  paint();

  fetch("assets/sparql/examples.json").then(function (response) { return response.json(); }).then(function (examples) {
    var select = document.getElementById("exemples");
    examples.forEach(function (example, index) {
      var option = document.createElement("option");
      option.value = String(index);
      option.textContent = example.title;
      select.appendChild(option);
    });
    select.addEventListener("change", function () {
      if (select.value === "") { return; }
      editor.value = examples[Number(select.value)].query;
      paint();
      status.textContent = "Exemple chargé : " + examples[Number(select.value)].title;
    });
    select.closest("section").hidden = false;
  });

  form.addEventListener("submit", function (event) {
    if (format.value !== "") { return; } // the browser shows the raw answer in the chosen format
    event.preventDefault();
    run(editor.value);
  });

  function run(query) {
    status.className = "";
    status.textContent = "Requête en cours…";
    table.innerHTML = "";
    paging.hidden = true;
    downloads.hidden = true;
    var started = Date.now();
    fetch("sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
                 "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: "query=" + encodeURIComponent(query)
    }).then(function (response) {
      return response.text().then(function (text) {
        var seconds = ((Date.now() - started) / 1000).toFixed(1);
        if (!response.ok) {
          status.className = "erreur";
          status.textContent = "Erreur " + response.status + " : " + text;
          return;
        }
        var type = response.headers.get("Content-Type") || "";
        if (type.indexOf("application/sparql-results+json") === 0) {
          showResults(JSON.parse(text), seconds);
          showDownloads(query, RESULT_FORMATS);
        } else {
          var pre = document.createElement("pre");
          pre.className = "rdf";
          pre.textContent = text;
          table.appendChild(pre);
          status.textContent = "Graphe reçu en " + seconds + " s.";
          showDownloads(query, GRAPH_FORMATS);
        }
      });
    }).catch(function (error) {
      status.className = "erreur";
      status.textContent = "Le serveur n'a pas répondu : " + error.message;
    });
  }

  function showResults(json, seconds) {
    if (typeof json.boolean === "boolean") {
      status.textContent = "Réponse : " + (json.boolean ? "vrai (true)" : "faux (false)") + ", en " + seconds + " s.";
      return;
    }
    state = { vars: json.head.vars, rows: json.results.bindings, page: 0 };
    status.textContent = state.rows.length + " ligne(s) en " + seconds + " s.";
    showPage();
  }

  function showPage() {
    var first = state.page * PAGE;
    var rows = state.rows.slice(first, first + PAGE);
    var element = document.createElement("table");
    var caption = element.createCaption();
    caption.textContent = "Lignes " + (state.rows.length ? first + 1 : 0) + " à " + (first + rows.length) + " sur " + state.rows.length;
    var head = element.createTHead().insertRow();
    state.vars.forEach(function (name) {
      var th = document.createElement("th");
      th.scope = "col";
      th.textContent = name;
      head.appendChild(th);
    });
    var body = element.createTBody();
    rows.forEach(function (row) {
      var tr = body.insertRow();
      state.vars.forEach(function (name) { tr.insertCell().appendChild(term(row[name])); });
    });
    table.innerHTML = "";
    table.appendChild(element);
    paging.hidden = state.rows.length <= PAGE;
    document.getElementById("position").textContent = "Page " + (state.page + 1) + " sur " + Math.max(1, Math.ceil(state.rows.length / PAGE));
    document.getElementById("precedent").disabled = state.page === 0;
    document.getElementById("suivant").disabled = first + PAGE >= state.rows.length;
  }

  function term(value) {
    if (!value) { return document.createTextNode(""); }
    // Only web links become links: a javascript: or data: IRI in a result is shown as text, never followed.
    if (value.type === "uri" && /^https?:\/\//i.test(value.value)) {
      var link = document.createElement("a");
      link.href = value.value;
      link.textContent = value.value;
      return link;
    }
    var text = value.type === "uri" ? "<" + value.value + ">" : value.value;
    if (value["xml:lang"]) { text += " @" + value["xml:lang"]; }
    return document.createTextNode(value.type === "bnode" ? "_:" + text : text);
  }

  document.getElementById("precedent").addEventListener("click", function () { state.page--; showPage(); table.focus(); });
  document.getElementById("suivant").addEventListener("click", function () { state.page++; showPage(); table.focus(); });

  function showDownloads(query, formats) {
    downloads.innerHTML = "Télécharger : ";
    formats.forEach(function (f) {
      var link = document.createElement("a");
      link.href = "sparql?format=" + f[0] + "&query=" + encodeURIComponent(query);
      link.textContent = f[1];
      link.setAttribute("download", "resultat." + f[0]);
      downloads.appendChild(link);
    });
    downloads.hidden = false;
  }
})();
