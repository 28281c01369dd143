package fr.hautsdeseine.catalog.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a person typed into a Lucene query, term by term, never by parsing a query language:
 * every word must match somewhere, a match in a title counts most, then in a keyword.
 */
final class TextQueryBuilder {
    static final int MAX_TERMS = 32;
    private final Analyzer analyzer;

    TextQueryBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The query, or null when the text holds no searchable word. */
    Query build(String text) {
        List<String> terms = terms(text);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            anyField.add(new BoostQuery(new TermQuery(new Term(IndexDocuments.TITLE, term)), 3f), BooleanClause.Occur.SHOULD);
            anyField.add(new BoostQuery(new TermQuery(new Term(IndexDocuments.KEYWORDS, term)), 2f), BooleanClause.Occur.SHOULD);
            anyField.add(new TermQuery(new Term(IndexDocuments.TEXT, term)), BooleanClause.Occur.SHOULD);
            all.add(anyField.build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    private List<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(IndexDocuments.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(terms);
    }
}
