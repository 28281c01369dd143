package fr.hautsdeseine.catalog.sparql;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * {@code REGEX} and {@code REPLACE} in linear time. Java's regular expressions backtrack, and ARQ's
 * cancel flag is never looked at while one runs: {@code ^(.+)+\1Z$} on one description ran past every
 * time limit. Each query's REGEX and REPLACE become calls of functions that run RE2J, whose matching is
 * linear in the text; patterns it cannot run (backreferences, lookaround) are refused before the query runs.
 */
final class LinearRegex {
    static final String REGEX = "urn:x-catalog:linear-regex";
    static final String REPLACE = "urn:x-catalog:linear-replace";
    private static final int CACHED_PATTERNS = 1_000;
    private static final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    private LinearRegex() {
    }

    /** Makes the two functions known to ARQ, once per JVM. */
    static void register() {
        FunctionRegistry.get().put(REGEX, Matches.class);
        FunctionRegistry.get().put(REPLACE, Replace.class);
    }

    /** The query with every REGEX and REPLACE run by RE2J. */
    static Query rewrite(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN function, ExprList args) {
                if (function instanceof E_Regex) {
                    return new E_Function(REGEX, args);
                }
                if (function instanceof E_StrReplace) {
                    return new E_Function(REPLACE, args);
                }
                return super.transform(function, args);
            }
        });
    }

    /** Why RE2J cannot run this pattern with these flags, if it cannot. */
    static java.util.Optional<String> refusal(String pattern, String flags) {
        try {
            pattern(pattern, flags);
            return java.util.Optional.empty();
        } catch (ExprEvalException e) {
            return java.util.Optional.of(e.getMessage());
        }
    }

    static Pattern pattern(String pattern, String flags) {
        String key = flags + "\u0000" + pattern;
        Pattern cached = patterns.get(key);
        if (cached != null) {
            return cached;
        }
        int options = 0;
        String source = pattern;
        for (char flag : flags.toCharArray()) {
            switch (flag) {
                case 'i' -> options |= Pattern.CASE_INSENSITIVE;
                case 's' -> options |= Pattern.DOTALL;
                case 'm' -> options |= Pattern.MULTILINE;
                case 'x' -> source = source.replaceAll("\\s", "");
                case 'q' -> source = Pattern.quote(source);
                default -> throw new ExprEvalException("The regular expression flag '" + flag + "' is not supported:"
                        + " use i, s, m, x or q");
            }
        }
        try {
            Pattern compiled = Pattern.compile(source, options);
            if (patterns.size() >= CACHED_PATTERNS) {
                patterns.clear();
            }
            patterns.put(key, compiled);
            return compiled;
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("The regular expression \"" + pattern + "\" is not accepted: this endpoint runs"
                    + " regular expressions in linear time, without backreferences or lookaround (" + e.getDescription() + ")");
        }
    }

    /** REGEX(text, pattern [, flags]). */
    public static final class Matches extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 2 && args.size() != 3) {
                throw new org.apache.jena.query.QueryBuildException("REGEX takes two or three arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            String flags = args.size() == 3 ? args.get(2).getString() : "";
            String text = args.get(0).getString();
            return NodeValue.makeBoolean(pattern(args.get(1).getString(), flags).matcher(text).find());
        }
    }

    /** REPLACE(text, pattern, replacement [, flags]). */
    public static final class Replace extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 3 && args.size() != 4) {
                throw new org.apache.jena.query.QueryBuildException("REPLACE takes three or four arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            String flags = args.size() == 4 ? args.get(3).getString() : "";
            NodeValue text = args.get(0);
            String replaced = pattern(args.get(1).getString(), flags).matcher(text.getString())
                    .replaceAll(args.get(2).getString());
            if (text.isLiteral() && text.asNode().getLiteralLanguage() != null && !text.asNode().getLiteralLanguage().isEmpty()) {
                return NodeValue.makeLangString(replaced, text.asNode().getLiteralLanguage());
            }
            return NodeValue.makeString(replaced);
        }
    }
}
