/* Colours SPARQL in a <pre> laid under the textarea; the textarea stays the editor (and works alone without JS). */
(function (global) {
  "use strict";
  var KEYWORDS = /^(SELECT|CONSTRUCT|DESCRIBE|ASK|WHERE|FROM|NAMED|PREFIX|BASE|DISTINCT|REDUCED|OPTIONAL|FILTER|UNION|MINUS|GRAPH|BIND|VALUES|AS|GROUP|BY|ORDER|ASC|DESC|HAVING|LIMIT|OFFSET|NOT|EXISTS|IN|SERVICE|SILENT|COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT|SEPARATOR|STR|LANG|LANGMATCHES|DATATYPE|BOUND|IRI|URI|BNODE|REGEX|CONTAINS|STRSTARTS|STRENDS|LCASE|UCASE|STRLEN|SUBSTR|CONCAT|YEAR|MONTH|DAY|NOW|IF|COALESCE|ISIRI|ISURI|ISBLANK|ISLITERAL|ISNUMERIC|a|true|false)$/i;
  var TOKEN = /(#[^\n]*)|("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(<[^<>"{}|^`\\\s]*>)|([?$][A-Za-z0-9_\u00C0-\uFFFF]+)|([A-Za-z][\w.-]*:[\w.\-\u00C0-\uFFFF%]*|:[\w.\-]+)|(\b\d+(?:\.\d+)?\b)|([A-Za-z_]+)/g;
  var CLASSES = [null, "commentaire", "chaine", "iri", "var", "pfx", "nombre"];

  function escape(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function highlight(text) {
    var out = "", last = 0, match;
    TOKEN.lastIndex = 0;
    while ((match = TOKEN.exec(text)) !== null) {
      out += escape(text.slice(last, match.index));
      var kind = null;
      for (var i = 1; i <= 6; i++) { if (match[i] !== undefined) { kind = CLASSES[i]; break; } }
      if (kind === null && match[7] !== undefined && KEYWORDS.test(match[7])) { kind = "mot"; }
      out += kind ? '<span class="' + kind + '">' + escape(match[0]) + "</span>" : escape(match[0]);
      last = TOKEN.lastIndex;
    }
    return out + escape(text.slice(last)) + "\n";
  }

  global.sparqlHighlight = highlight;
})(window);
