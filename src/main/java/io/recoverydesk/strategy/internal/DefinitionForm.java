package io.recoverydesk.strategy.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.recoverydesk.strategy.internal.StrategyDefinition.Exit;
import io.recoverydesk.strategy.internal.StrategyDefinition.TreatmentPath;
import io.recoverydesk.strategy.internal.StrategyDefinition.TreatmentStep;
import io.recoverydesk.strategy.segments.AccountFacts;
import io.recoverydesk.strategy.segments.DecimalRange;
import io.recoverydesk.strategy.segments.IntRange;
import io.recoverydesk.strategy.segments.SegmentRule;
import io.recoverydesk.strategy.segments.ValueSet;

/**
 * The strategy editor's form: segment rows and paths as text fields, a blank row, path
 * and step at the end for adding, a delete box on each, and a position number on each row
 * to reorder. {@link #toDefinition()} turns it into a definition and reports the fields
 * it could not read.
 */
public class DefinitionForm {

    private String name;

    private List<Row> rows = new ArrayList<>();

    private List<PathForm> paths = new ArrayList<>();

    /** Fields that could not be read, by field path (e.g. {@code rows[2].dpdMin}). */
    private final Map<String, Problem> problems = new LinkedHashMap<>();

    /**
     * A field that could not be read, for the page: where it is ({@code row}: the segment
     * table's row as shown, from 1; or {@code path} and {@code step}, from 1), the
     * field's label key, what was wrong ({@code kind}: {@code whole}, {@code number},
     * {@code negative}, {@code required}, {@code among}, {@code rule}) and the value as
     * typed ({@code allowed}: the values that may be given, for {@code among}; the rule's
     * own sentence, for {@code rule}).
     */
    public record Problem(int row, String path, int step, String label, String kind, String value, String allowed) {

        static Problem inRow(int index, String label, String kind, String value, String allowed) {
            return new Problem(index + 1, null, 0, label, kind, value, allowed);
        }

        Problem withKind(String kind, String value) {
            return new Problem(row, path, step, label, kind, value, null);
        }

    }

    public static DefinitionForm of(String name, StrategyDefinition definition) {
        DefinitionForm form = new DefinitionForm();
        form.name = name;
        for (int i = 0; i < definition.segments().size(); i++) {
            form.rows.add(Row.of(i + 1, definition.segments().get(i)));
        }
        for (TreatmentPath path : definition.paths()) {
            form.paths.add(PathForm.of(path));
        }
        form.addBlanks();
        return form;
    }

    /** One blank segment row, path and step per path, for adding. */
    public void addBlanks() {
        // a form sent back already ends with the blanks it was shown with: one each
        if (rows.isEmpty() || !rows.get(rows.size() - 1).empty()) {
            Row blank = new Row();
            blank.position = rows.size() + 1;
            rows.add(blank);
        }
        for (PathForm path : paths) {
            if (path.steps.isEmpty() || !path.steps.get(path.steps.size() - 1).untouched()) {
                path.steps.add(new StepForm());
            }
        }
        if (paths.isEmpty() || !paths.get(paths.size() - 1).untouched()) {
            paths.add(new PathForm());
        }
    }

    public StrategyDefinition toDefinition() {
        problems.clear();
        List<Row> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.index = i;
            if (!row.delete && !row.empty()) {
                kept.add(row);
            }
        }
        kept.sort(Comparator.comparingInt((Row r) -> r.position == null ? Integer.MAX_VALUE : r.position)
            .thenComparingInt(r -> r.index));
        List<SegmentRule> segments = new ArrayList<>();
        for (Row row : kept) {
            try {
                segments.add(row.toRule(this));
            }
            catch (IllegalArgumentException ex) {
                // what the form's own checks did not catch: the rule's sentence
                problems.putIfAbsent("rows[" + row.index + "]",
                        Problem.inRow(row.index, "strategy.editor.code", "rule", row.code, ex.getMessage()));
            }
        }
        List<TreatmentPath> treatmentPaths = new ArrayList<>();
        for (int p = 0; p < paths.size(); p++) {
            PathForm path = paths.get(p);
            if (!path.delete && !blank(path.code)) {
                treatmentPaths.add(path.toPath(this, p));
            }
            else if (!path.delete && path.filled()) {
                // a path is removed with its delete box, never by clearing its code
                problems.put("paths[" + p + "].code",
                        new Problem(0, blank(path.name) ? "#" + (p + 1) : path.name.strip(), 0, "strategy.editor.code",
                                "required", "", null));
            }
        }
        return new StrategyDefinition(segments, treatmentPaths);
    }

    Map<String, Problem> problems() {
        return problems;
    }

    /** A day count (whole, not negative); null when blank or unreadable (then noted). */
    Integer integer(String field, Problem at, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 0) {
                problems.put(field, at.withKind("negative", text.strip()));
                return null;
            }
            return value;
        }
        catch (NumberFormatException ex) {
            problems.put(field, at.withKind("whole", text.strip()));
            return null;
        }
    }

    /** An amount (not negative); null when blank or unreadable (then noted). */
    BigDecimal decimal(String field, Problem at, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(",", "").replace("，", ""));
            if (value.signum() < 0) {
                problems.put(field, at.withKind("negative", text.strip()));
                return null;
            }
            return value;
        }
        catch (NumberFormatException ex) {
            problems.put(field, at.withKind("number", text.strip()));
            return null;
        }
    }

    /** Upper-cased values that must be among {@code allowed}; unknown ones noted. */
    ValueSet among(String field, Problem at, String text, List<String> allowed) {
        ValueSet set = upperValues(text);
        List<String> unknown = set.all() ? List.of()
                : set.values().stream().filter(v -> !allowed.contains(v)).sorted().toList();
        if (!unknown.isEmpty()) {
            problems.put(field, new Problem(at.row(), at.path(), at.step(), at.label(), "among",
                    String.join(", ", unknown), String.join(", ", allowed)));
            return ValueSet.any();
        }
        return set;
    }

    static ValueSet values(String text) {
        if (blank(text)) {
            return ValueSet.any();
        }
        List<String> values = Arrays.stream(text.split("[,，、\\s]+"))
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .toList();
        return values.isEmpty() ? ValueSet.any() : ValueSet.of(values);
    }

    static ValueSet upperValues(String text) {
        return values(text == null ? null : text.toUpperCase(Locale.ROOT));
    }

    static String text(ValueSet set) {
        return set == null || set.all() ? "" : String.join(", ", set.values());
    }

    static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String code(String text) {
        return blank(text) ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    public List<PathForm> getPaths() {
        return paths;
    }

    public void setPaths(List<PathForm> paths) {
        this.paths = paths;
    }

    /** A segment row as text. */
    public static class Row {

        private Integer position;

        private String code;

        private String name;

        private String dpdMin;

        private String dpdMax;

        private String balanceMin;

        private String balanceMax;

        private String products;

        private String creditors;

        private String provinces;

        private String scoreBands;

        private String arrangements;

        private String contactMin;

        private String contactMax;

        private String paymentMin;

        private String paymentMax;

        private String holds;

        private String path;

        private boolean delete;

        private int index;

        static Row of(int position, SegmentRule rule) {
            Row row = new Row();
            row.position = position;
            row.code = rule.code();
            row.name = rule.name();
            row.dpdMin = text(rule.dpd().min());
            row.dpdMax = text(rule.dpd().max());
            row.balanceMin = text(rule.balance().min());
            row.balanceMax = text(rule.balance().maxExclusive());
            row.products = text(rule.products());
            row.creditors = text(rule.creditors());
            row.provinces = text(rule.provinces());
            row.scoreBands = text(rule.scoreBands());
            row.arrangements = text(rule.arrangements());
            row.contactMin = text(rule.daysSinceContact().min());
            row.contactMax = text(rule.daysSinceContact().max());
            row.paymentMin = text(rule.daysSincePayment().min());
            row.paymentMax = text(rule.daysSincePayment().max());
            row.holds = text(rule.holds());
            row.path = rule.pathCode();
            return row;
        }

        boolean empty() {
            return DefinitionForm.blank(code) && DefinitionForm.blank(name) && DefinitionForm.blank(path)
                    && DefinitionForm.blank(dpdMin) && DefinitionForm.blank(dpdMax) && DefinitionForm.blank(balanceMin)
                    && DefinitionForm.blank(balanceMax);
        }

        SegmentRule toRule(DefinitionForm form) {
            String at = "rows[" + index + "].";
            if (blank(code)) {
                form.problems.put(at + "code", Problem.inRow(index, "strategy.editor.code", "required", "", null));
            }
            Problem dpd = Problem.inRow(index, "strategy.cond.dpd", null, null, null);
            Problem balance = Problem.inRow(index, "strategy.cond.balance", null, null, null);
            Problem contact = Problem.inRow(index, "strategy.cond.contact", null, null, null);
            Problem payment = Problem.inRow(index, "strategy.cond.payment", null, null, null);
            SegmentRule rule = new SegmentRule(blank(code) ? "?" : code(code), blank(name) ? code(code) : name.strip(),
                    new IntRange(form.integer(at + "dpdMin", dpd, dpdMin), form.integer(at + "dpdMax", dpd, dpdMax)),
                    new DecimalRange(form.decimal(at + "balanceMin", balance, balanceMin),
                            form.decimal(at + "balanceMax", balance, balanceMax)),
                    values(products), upperValues(creditors), values(provinces),
                    form.among(at + "scoreBands", Problem.inRow(index, "strategy.cond.scoreBands", null, null, null),
                            scoreBands, AccountFacts.SCORE_BANDS),
                    form.among(at + "arrangements",
                            Problem.inRow(index, "strategy.cond.arrangements", null, null, null), arrangements,
                            AccountFacts.ARRANGEMENTS),
                    new IntRange(form.integer(at + "contactMin", contact, contactMin),
                            form.integer(at + "contactMax", contact, contactMax)),
                    new IntRange(form.integer(at + "paymentMin", payment, paymentMin),
                            form.integer(at + "paymentMax", payment, paymentMax)),
                    form.among(at + "holds", Problem.inRow(index, "strategy.cond.holds", null, null, null), holds,
                            AccountFacts.HOLDS),
                    code(path));
            return rule;
        }

        // getters and setters for form binding

        public Integer getPosition() {
            return position;
        }

        public void setPosition(Integer position) {
            this.position = position;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDpdMin() {
            return dpdMin;
        }

        public void setDpdMin(String dpdMin) {
            this.dpdMin = dpdMin;
        }

        public String getDpdMax() {
            return dpdMax;
        }

        public void setDpdMax(String dpdMax) {
            this.dpdMax = dpdMax;
        }

        public String getBalanceMin() {
            return balanceMin;
        }

        public void setBalanceMin(String balanceMin) {
            this.balanceMin = balanceMin;
        }

        public String getBalanceMax() {
            return balanceMax;
        }

        public void setBalanceMax(String balanceMax) {
            this.balanceMax = balanceMax;
        }

        public String getProducts() {
            return products;
        }

        public void setProducts(String products) {
            this.products = products;
        }

        public String getCreditors() {
            return creditors;
        }

        public void setCreditors(String creditors) {
            this.creditors = creditors;
        }

        public String getProvinces() {
            return provinces;
        }

        public void setProvinces(String provinces) {
            this.provinces = provinces;
        }

        public String getScoreBands() {
            return scoreBands;
        }

        public void setScoreBands(String scoreBands) {
            this.scoreBands = scoreBands;
        }

        public String getArrangements() {
            return arrangements;
        }

        public void setArrangements(String arrangements) {
            this.arrangements = arrangements;
        }

        public String getContactMin() {
            return contactMin;
        }

        public void setContactMin(String contactMin) {
            this.contactMin = contactMin;
        }

        public String getContactMax() {
            return contactMax;
        }

        public void setContactMax(String contactMax) {
            this.contactMax = contactMax;
        }

        public String getPaymentMin() {
            return paymentMin;
        }

        public void setPaymentMin(String paymentMin) {
            this.paymentMin = paymentMin;
        }

        public String getPaymentMax() {
            return paymentMax;
        }

        public void setPaymentMax(String paymentMax) {
            this.paymentMax = paymentMax;
        }

        public String getHolds() {
            return holds;
        }

        public void setHolds(String holds) {
            this.holds = holds;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }

        public boolean isDelete() {
            return delete;
        }

        public void setDelete(boolean delete) {
            this.delete = delete;
        }

    }

    /** A treatment path as text. */
    public static class PathForm {

        private String code;

        private String name;

        private String stage = Stage.INITIAL_COLLECTION.name();

        private List<String> exits = new ArrayList<>();

        private String team;

        private List<StepForm> steps = new ArrayList<>();

        private boolean delete;

        /** Nothing typed at all: a blank path the form offers for a new one. */
        boolean untouched() {
            return DefinitionForm.blank(code) && !filled() && !delete;
        }

        /** Anything besides the code given: a name, a team or a step. */
        boolean filled() {
            return !blank(name) || !blank(team)
                    || steps.stream().anyMatch(s -> !s.delete && (!blank(s.channel) || !blank(s.day)));
        }

        static PathForm of(TreatmentPath path) {
            PathForm form = new PathForm();
            form.code = path.code();
            form.name = path.name();
            form.stage = path.stage() == null ? null : path.stage().name();
            form.exits = path.exits().stream().map(Enum::name).sorted().collect(Collectors.toList());
            form.team = path.team();
            for (TreatmentStep step : path.steps()) {
                StepForm s = new StepForm();
                s.stage = step.stage().name();
                s.channel = step.channel().name();
                s.day = Integer.toString(step.day());
                s.template = step.template();
                s.afterOutcome = step.afterOutcome();
                form.steps.add(s);
            }
            return form;
        }

        TreatmentPath toPath(DefinitionForm form, int p) {
            List<TreatmentStep> treatmentSteps = new ArrayList<>();
            for (int s = 0; s < steps.size(); s++) {
                StepForm step = steps.get(s);
                if (step.delete || (blank(step.channel) && blank(step.day))) {
                    continue;
                }
                Integer day = form.integer("paths[" + p + "].steps[" + s + "].day", new Problem(0,
                        blank(code) ? "#" + (p + 1) : code(code), s + 1, "strategy.editor.day", null, null, null),
                        step.day);
                treatmentSteps.add(new TreatmentStep(enumOf(Stage.class, step.stage),
                        enumOf(ActionChannel.class, step.channel), day == null ? 0 : day,
                        blank(step.template) ? null : step.template.strip(), code(step.afterOutcome)));
            }
            Set<Exit> exitSet = EnumSet.noneOf(Exit.class);
            for (String exit : exits == null ? List.<String>of() : exits) {
                Exit value = enumOf(Exit.class, exit);
                if (value != null) {
                    exitSet.add(value);
                }
            }
            return new TreatmentPath(code(code), blank(name) ? code(code) : name.strip(), enumOf(Stage.class, stage),
                    treatmentSteps, exitSet, blank(team) ? null : code(team));
        }

        private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
            if (blank(name)) {
                return null;
            }
            try {
                return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException ex) {
                return null;
            }
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getStage() {
            return stage;
        }

        public void setStage(String stage) {
            this.stage = stage;
        }

        public List<String> getExits() {
            return exits;
        }

        public void setExits(List<String> exits) {
            this.exits = exits;
        }

        public String getTeam() {
            return team;
        }

        public void setTeam(String team) {
            this.team = team;
        }

        public List<StepForm> getSteps() {
            return steps;
        }

        public void setSteps(List<StepForm> steps) {
            this.steps = steps;
        }

        public boolean isDelete() {
            return delete;
        }

        public void setDelete(boolean delete) {
            this.delete = delete;
        }

    }

    /** A path step as text. */
    public static class StepForm {

        private String stage = Stage.INITIAL_COLLECTION.name();

        private String channel;

        private String day;

        private String template;

        private String afterOutcome;

        private boolean delete;

        /** Nothing typed (the stage has a default): a blank step the form offers. */
        boolean untouched() {
            return DefinitionForm.blank(channel) && DefinitionForm.blank(day) && DefinitionForm.blank(template)
                    && DefinitionForm.blank(afterOutcome);
        }

        public String getAfterOutcome() {
            return afterOutcome;
        }

        public void setAfterOutcome(String afterOutcome) {
            this.afterOutcome = afterOutcome;
        }

        public String getStage() {
            return stage;
        }

        public void setStage(String stage) {
            this.stage = stage;
        }

        public String getChannel() {
            return channel;
        }

        public void setChannel(String channel) {
            this.channel = channel;
        }

        public String getDay() {
            return day;
        }

        public void setDay(String day) {
            this.day = day;
        }

        public String getTemplate() {
            return template;
        }

        public void setTemplate(String template) {
            this.template = template;
        }

        public boolean isDelete() {
            return delete;
        }

        public void setDelete(boolean delete) {
            this.delete = delete;
        }

    }

}
