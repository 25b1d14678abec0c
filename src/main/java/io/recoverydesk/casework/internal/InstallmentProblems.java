package io.recoverydesk.casework.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.recoverydesk.kernel.BusinessRuleException;
import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;
import io.recoverydesk.kernel.SentencePattern;

import org.springframework.context.MessageSource;

/**
 * What is wrong with a promise's or a plan's installments: the sentences the rules write
 * into the API's field problems, and the panel's reading of them in the reader's language
 * ("第 2 期日期须在 30 天内（最晚 2026-04-09）").
 */
final class InstallmentProblems {

    static final SentencePattern DECIMALS = new SentencePattern("arr.problem.decimals", "at most %d decimals");

    static final SentencePattern NOT_BEFORE_TODAY = new SentencePattern("arr.problem.notBeforeToday",
            "must be today (%s) or later");

    static final SentencePattern WITHIN = new SentencePattern("arr.problem.within", "must be within %d days, by %s");

    static final SentencePattern ABOVE_ZERO = new SentencePattern("arr.problem.aboveZero", "required, above zero");

    static final SentencePattern REQUIRED = new SentencePattern("arr.problem.required", "required");

    private static final List<SentencePattern> ALL = List.of(DECIMALS, NOT_BEFORE_TODAY, WITHIN, ABOVE_ZERO, REQUIRED);

    /**
     * "amount", "dueDate", or either with an installment's place:
     * "installments[1].dueDate".
     */
    private static final Pattern FIELD = Pattern.compile("(?:\\w+\\[(\\d+)\\]\\.)?(amount|dueDate)");

    private InstallmentProblems() {
    }

    /**
     * Each field problem of a refused arrangement as a sentence in {@code locale}; empty
     * when the refusal is of another kind or names something else.
     */
    static List<String> texts(BusinessRuleException ex, MessageSource messages, Locale locale) {
        if (!"invalid-installments".equals(ex.type())) {
            return List.of();
        }
        return ex.errors().stream().map(p -> text(p, messages, locale)).flatMap(Optional::stream).distinct().toList();
    }

    private static Optional<String> text(FieldProblem problem, MessageSource messages, Locale locale) {
        Matcher field = FIELD.matcher(problem.field());
        if (!field.matches()) {
            return Optional.empty();
        }
        for (SentencePattern sentence : ALL) {
            Optional<List<String>> args = sentence.parse(problem.message());
            if (args.isPresent()) {
                String what = messages.getMessage("arr.problem.field." + field.group(2), null, field.group(2), locale);
                String which = field.group(1) == null ? what : messages.getMessage("arr.problem.nth",
                        new Object[] { Integer.parseInt(field.group(1)) + 1, what }, what, locale);
                String rule = messages.getMessage(sentence.key(), args.get().toArray(), problem.message(), locale);
                return Optional.of(messages.getMessage("arr.problem.sentence", new Object[] { which, rule },
                        which + " " + rule, locale));
            }
        }
        return Optional.empty();
    }

}
